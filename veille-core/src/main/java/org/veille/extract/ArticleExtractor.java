package org.veille.extract;

import org.veille.extract.dump.PageDumpExtractor;
import org.veille.extract.html.HtmlExtractor;
import org.veille.extract.metadata.AuthorFinder;
import org.veille.extract.metadata.DateParser;
import org.veille.extract.metadata.MetadataReader;
import org.veille.model.DecodedDocument;
import org.veille.model.Extraction;
import org.veille.pipeline.Outcome;

/**
 * The extract stage: sends each decoded document to the extractor for its format. Thread-safe and
 * meant to be built once per run: building loads the heuristic data files.
 */
public final class ArticleExtractor {
    private final HtmlExtractor html;
    private final PageDumpExtractor dump;

    public ArticleExtractor(ExtractionSettings settings) {
        BoilerplateText furniture = new BoilerplateText(settings.furnitureMaxChars());
        DateParser dates = new DateParser();
        this.html = new HtmlExtractor(settings, new MetadataReader(dates), furniture);
        this.dump = new PageDumpExtractor(furniture, new AuthorFinder(), dates);
    }

    public ArticleExtractor() {
        this(ExtractionSettings.balanced());
    }

    public Outcome<Extraction> extract(DecodedDocument document) {
        return switch (document.format()) {
            case HTML -> html.extract(document);
            case TEXT -> dump.extract(document);
        };
    }
}
