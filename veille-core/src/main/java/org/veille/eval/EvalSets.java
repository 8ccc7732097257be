package org.veille.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Opens an evaluation set folder with the right reader. */
public final class EvalSets {

    private EvalSets() {
    }

    /** One reader per shipped set. */
    public static List<EvalSetReader> readers() {
        return List.of(new ScrapinghubAebReader(), new TrafilaturaEvalReader(), new WcxbDevReader(),
                new ReadabilityTestPagesReader(), new HtmldateDatesReader());
    }

    /**
     * Reads the set in {@code dir}. The folder name decides when it is one of the shipped names; otherwise
     * the keys of its first truth file do, so a renamed or trimmed copy of a set still opens.
     *
     * @throws IllegalArgumentException when the folder is not a set (no {@code truth/} and {@code html/}) or
     *                                  is not recognisable as one of the known sets
     */
    public static EvalSet open(Path dir) throws IOException {
        return readerFor(dir).read(dir);
    }

    public static EvalSetReader readerFor(Path dir) throws IOException {
        if (!TruthFolder.looksLikeSet(dir)) {
            throw new IllegalArgumentException("not an evaluation set folder (needs truth/ and html/): " + dir);
        }
        Path fileName = dir.toAbsolutePath().normalize().getFileName();
        String name = fileName == null ? "" : fileName.toString();
        for (EvalSetReader reader : readers()) {
            if (reader.setName().equals(name)) {
                return reader;
            }
        }
        Optional<TruthJson> sample = new TruthFolder().sample(dir);
        if (sample.isPresent()) {
            Set<String> keys = sample.get().keys();
            for (EvalSetReader reader : readers()) {
                if (reader.recognises(keys)) {
                    return reader;
                }
            }
        }
        throw new IllegalArgumentException("unknown evaluation set " + dir + ": its name is none of "
                + readers().stream().map(EvalSetReader::setName).collect(Collectors.joining(", "))
                + " and its truth files " + sample.map(s -> "have keys " + s.keys()).orElse("are missing")
                + ", which no reader recognises");
    }
}
