package org.veille.eval;

import java.nio.file.Path;
import java.util.Set;

/** scrapinghub-aeb: 181 news articles, truth {@code articleBody} with paragraphs split by blank lines. */
public final class ScrapinghubAebReader extends TruthFolderReader {
    public static final String NAME = "scrapinghub-aeb";

    @Override
    public String setName() {
        return NAME;
    }

    @Override
    public boolean recognises(Set<String> truthKeys) {
        return truthKeys.contains("articleBody");
    }

    @Override
    Set<Metric> metrics() {
        return Set.of(Metric.AEB);
    }

    @Override
    EvalPage page(Path dir, TruthJson t) {
        String body = t.text("articleBody");
        return new EvalPage(t.id(), TruthFolder.html(dir, t.id()), t.text("url"), EvalPage.ARTICLE,
                Truth.ofBody(body == null ? "" : body));
    }

    /** The folder of the 31 published extractors' outputs shipped with the set. */
    public static Path toolOutputs(Path dir) {
        return dir.resolve("tool-outputs");
    }
}
