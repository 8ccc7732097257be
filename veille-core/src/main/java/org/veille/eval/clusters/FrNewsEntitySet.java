package org.veille.eval.clusters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.veille.eval.quotes.FrNewsQuoteSet;

/**
 * Reads the clustering gold of a French news quotation set ({@code quotes/fr-news-dev}): the articles
 * and quotes as {@link FrNewsQuoteSet} reads them, plus each record's {@code entities} list, the
 * persons and organisations the article quotes.
 */
public final class FrNewsEntitySet {
    private FrNewsEntitySet() {
    }

    /** Whether a folder holds such a set: a {@code gold.jsonl} (CoNLL sets hold a {@code test.conllu}). */
    public static boolean recognises(Path folder) {
        return Files.isRegularFile(folder.resolve("gold.jsonl"));
    }

    public static List<ClusterArticle> read(Path folder) {
        return FrNewsQuoteSet.read(folder, (article, record) ->
                ClusterArticle.of(article, FrNewsQuoteSet.strings(record.path("entities"))));
    }
}
