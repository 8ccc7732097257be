package org.veille.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real JVM killed in the middle of an ingest: the index keeps its last commit, passes Lucene's
 * CheckIndex, and the same ingest run again ends with exactly the expected articles. While the child
 * runs, this process can read the index but not write it.
 */
class CrashConsistencyTest {
    private static final int BATCH = 50;
    private static final int COMMITS = 3;
    private static final int TOTAL = 400;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLeavesTheLastCommitAndARerunFinishesTheJob() throws Exception {
        Path index = dir.resolve("index");
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), CrashingIngest.class.getName(),
                index.toString(), String.valueOf(BATCH), String.valueOf(COMMITS)))
                .redirectError(dir.resolve("child-stderr").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("pending")) {
                assertTrue(line.startsWith("committed "), line);
            }
            if (line == null) {
                fail("the child ended before its crash point: " + Files.readString(dir.resolve("child-stderr")));
            }
            // While the child holds the index: no second writer, but readers see its last commit.
            StoreLockedException locked = assertThrows(StoreLockedException.class, () -> StoreWriter.open(index));
            assertTrue(locked.getMessage().contains("another writer"), locked.getMessage());
            try (ArticleStore reader = ArticleStore.open(index)) {
                assertEquals(BATCH * COMMITS, articles(reader));
            }
            child.destroyForcibly();
            child.waitFor();
        } finally {
            child.destroyForcibly();
        }

        assertClean(index);
        try (ArticleStore store = ArticleStore.open(index)) {
            assertEquals(BATCH * COMMITS, articles(store), "the uncommitted half batch is gone, the commits are whole");
        }

        try (StoreWriter writer = StoreWriter.open(index, BATCH)) {
            for (int i = 0; i < TOTAL; i++) {
                writer.add(CrashingIngest.article(i));
            }
            assertEquals(new IngestSummary(TOTAL, TOTAL - BATCH * COMMITS, BATCH * COMMITS, 0, 0, 0), writer.summary());
        }
        assertClean(index);
        try (ArticleStore store = ArticleStore.open(index)) {
            assertEquals(TOTAL, articles(store));
        }
    }

    private static long articles(ArticleStore store) {
        return store.count(Query.all().type(RecordType.ARTICLE).includeCopies(true));
    }

    private static void assertClean(Path index) throws IOException {
        try (Directory directory = FSDirectory.open(index); CheckIndex check = new CheckIndex(directory)) {
            CheckIndex.Status status = check.checkIndex();
            assertTrue(status.clean, "CheckIndex found problems");
        }
    }
}
