package org.veille.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * htmldate-dates: 1,000 pages with a publication {@code date} only. Five pages have NaN (no date on the
 * page); they are annotated-as-absent, so outputting a date there counts as spurious, not as an error in
 * the accuracy over the 995 dated pages.
 */
public final class HtmldateDatesReader extends TruthFolderReader {
    public static final String NAME = "htmldate-dates";

    @Override
    public String setName() {
        return NAME;
    }

    @Override
    public boolean recognises(Set<String> truthKeys) {
        return truthKeys.contains("date") && !truthKeys.contains("with") && !truthKeys.contains("title");
    }

    @Override
    Set<Metric> metrics() {
        return Set.of(Metric.METADATA);
    }

    @Override
    EvalPage page(Path dir, TruthJson t) {
        Truth truth = new Truth(null, List.of(), List.of(), null, List.of(), t.text("date"), null,
                Set.of(MetaField.DATE));
        return new EvalPage(t.id(), TruthFolder.html(dir, t.id()), t.text("url"), EvalPage.UNKNOWN, truth);
    }
}
