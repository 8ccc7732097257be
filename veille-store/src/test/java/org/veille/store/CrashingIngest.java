package org.veille.store;

import java.io.IOException;
import java.nio.file.Path;

import org.veille.model.ArticleRecord;

/**
 * The child process of {@link CrashConsistencyTest}: ingests synthetic articles, says on stdout after
 * each commit, then writes half a batch more without committing, makes the writer flush it to disk
 * (a near-real-time search does), says {@code pending} and waits to be killed.
 *
 * <p>Arguments: index folder, articles per commit, commits before stopping.
 */
public final class CrashingIngest {
    private CrashingIngest() {
    }

    /** The {@code i}-th synthetic article: its own URL and body, too short to be judged a near-duplicate. */
    static ArticleRecord article(int i) {
        return Articles.article(String.format("%016x", i)).url("https://wire.example/story/" + i).language("en")
                .published("2024-01-" + String.format("%02d", 1 + i % 28)).title("Dispatch number " + i)
                .body("Dispatch " + i + " reports that the river rose by " + (i % 97) + " centimetres overnight.").build();
    }

    public static void main(String[] args) throws IOException {
        Path index = Path.of(args[0]);
        int batch = Integer.parseInt(args[1]);
        int commits = Integer.parseInt(args[2]);
        StoreWriter writer = StoreWriter.open(index, batch);
        int i = 0;
        for (int c = 1; c <= commits; c++) {
            for (int n = 0; n < batch; n++) {
                writer.add(article(i++));
            }
            System.out.println("committed " + c);
        }
        for (int n = 0; n < batch / 2; n++) {
            writer.add(article(i++));
        }
        writer.store().count(Query.all());
        System.out.println("pending");
        System.out.flush();
        // Never returns normally: the test kills this process, the way a crash or a kill -9 would.
        System.in.read();
        Runtime.getRuntime().halt(1);
    }
}
