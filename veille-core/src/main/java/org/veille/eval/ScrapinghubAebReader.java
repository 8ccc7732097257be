package org.veille.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** scrapinghub-aeb: 181 news articles, truth {@code articleBody} with paragraphs split by blank lines. */
public final class ScrapinghubAebReader implements EvalSetReader {
    public static final String NAME = "scrapinghub-aeb";

    private final TruthFolder folder = new TruthFolder();

    @Override
    public String setName() {
        return NAME;
    }

    @Override
    public boolean recognises(Set<String> truthKeys) {
        return truthKeys.contains("articleBody");
    }

    @Override
    public EvalSet read(Path dir) throws IOException {
        List<EvalPage> pages = new ArrayList<>();
        for (TruthJson t : folder.readAll(dir)) {
            String body = t.text("articleBody");
            pages.add(new EvalPage(t.id(), TruthFolder.html(dir, t.id()), t.text("url"), EvalPage.ARTICLE,
                    Truth.ofBody(body == null ? "" : body)));
        }
        return new EvalSet(NAME, dir, Set.of(Metric.AEB), pages);
    }

    /** The folder of the 31 published extractors' outputs shipped with the set. */
    public static Path toolOutputs(Path dir) {
        return dir.resolve("tool-outputs");
    }
}
