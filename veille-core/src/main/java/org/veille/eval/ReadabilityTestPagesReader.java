package org.veille.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * readability-testpages: Mozilla Readability's 130 regression pages. Its {@code title}, {@code byline} and
 * {@code publishedTime} are Readability.js's own answers (null = it found none), so they are scored as
 * metadata; {@code main_content} is Readability's output, not independent truth, so no body metric applies
 * and the body is not exposed. {@code lang} is kept for callers that check language detection.
 */
public final class ReadabilityTestPagesReader implements EvalSetReader {
    public static final String NAME = "readability-testpages";

    private final TruthFolder folder = new TruthFolder();

    @Override
    public String setName() {
        return NAME;
    }

    @Override
    public boolean recognises(Set<String> truthKeys) {
        return truthKeys.contains("byline") && truthKeys.contains("readerable");
    }

    @Override
    public EvalSet read(Path dir) throws IOException {
        List<EvalPage> pages = new ArrayList<>();
        for (TruthJson t : folder.readAll(dir)) {
            Truth truth = new Truth(null, List.of(), List.of(), t.text("title"), t.strings("byline"),
                    t.text("publishedTime"), t.text("lang"), Set.of(MetaField.values()));
            pages.add(new EvalPage(t.id(), TruthFolder.html(dir, t.id()), null, EvalPage.UNKNOWN, truth));
        }
        return new EvalSet(NAME, dir, Set.of(Metric.METADATA), pages);
    }
}
