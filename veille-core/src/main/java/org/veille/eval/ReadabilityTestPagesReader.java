package org.veille.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * readability-testpages: Mozilla Readability's 130 regression pages. Its {@code title}, {@code byline} and
 * {@code publishedTime} are Readability.js's own answers (null = it found none), so they are scored as
 * metadata; {@code main_content} is Readability's output, not independent truth, so no body metric applies
 * and the body is not exposed. {@code lang} is kept for callers that check language detection.
 */
public final class ReadabilityTestPagesReader extends TruthFolderReader {
    public static final String NAME = "readability-testpages";

    @Override
    public String setName() {
        return NAME;
    }

    @Override
    public boolean recognises(Set<String> truthKeys) {
        return truthKeys.contains("byline") && truthKeys.contains("readerable");
    }

    @Override
    Set<Metric> metrics() {
        return Set.of(Metric.METADATA);
    }

    @Override
    EvalPage page(Path dir, TruthJson t) {
        Truth truth = new Truth(null, List.of(), List.of(), t.text("title"), t.strings("byline"),
                t.text("publishedTime"), t.text("lang"), Set.of(MetaField.values()));
        return new EvalPage(t.id(), TruthFolder.html(dir, t.id()), null, EvalPage.UNKNOWN, truth);
    }
}
