package org.veille.eval;

import java.nio.file.Path;
import java.util.Set;

/**
 * wcxb-dev: 1,497 English pages of seven page types with {@code main_content}, snippets and metadata.
 * Every field is annotated on every page; JSON null means the page has none (author on 723 pages, date on
 * 715). Two pages have a null main content, read as "" (nothing to extract).
 */
public final class WcxbDevReader extends TruthFolderReader {
    public static final String NAME = "wcxb-dev";

    @Override
    public String setName() {
        return NAME;
    }

    @Override
    public boolean recognises(Set<String> truthKeys) {
        return truthKeys.contains("main_content") && truthKeys.contains("page_type");
    }

    @Override
    Set<Metric> metrics() {
        return Set.of(Metric.BAG_OF_WORDS, Metric.SNIPPETS, Metric.METADATA);
    }

    @Override
    EvalPage page(Path dir, TruthJson t) {
        String body = t.text("main_content");
        String pageType = t.text("page_type");
        Truth truth = new Truth(body == null ? "" : body, t.strings("with"), t.strings("without"),
                t.text("title"), t.strings("author"), t.text("publish_date"), null, Set.of(MetaField.values()));
        return new EvalPage(t.id(), TruthFolder.html(dir, t.id()), t.text("url"),
                pageType == null ? EvalPage.UNKNOWN : pageType, truth);
    }
}
