package org.veille.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One output record per input document: an article, or an error saying why there is none.
 *
 * <p>The record is built in layers, one per pipeline stage. A stage adds its layer with a
 * {@code with...} method and never rewrites an earlier one; a layer is null until its stage has run
 * (and stays null on error records). Later analysis stages (entities, quotations, dates) add layers
 * the same way.
 *
 * @param id         stable hash of the source bytes (of the URI when no byte could be read)
 * @param source     provenance
 * @param extraction the extracted article, or null on error
 * @param language   the language layer, or null when the stage did not run
 * @param analysis   the analysis layer (entities, quotations), or null when the stage did not run
 * @param warnings   what any stage noticed, in pipeline order
 * @param error      why there is no article, or null
 */
public record ArticleRecord(String id, Source source, Extraction extraction, LanguageProfile language,
                            Analysis analysis, List<Warning> warnings, ArticleError error) {

    /** The output contract's name and version; bump the version on any incompatible change. */
    public static final String SCHEMA = "veille.article/4";

    public ArticleRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        warnings = List.copyOf(warnings);
        if ((extraction == null) == (error == null)) {
            throw new IllegalArgumentException("a record has exactly one of extraction and error");
        }
        if (error != null && (language != null || analysis != null)) {
            throw new IllegalArgumentException("an error record carries no analysis layer");
        }
    }

    public static ArticleRecord failed(String id, Source source, ArticleError error, List<Warning> warnings) {
        return new ArticleRecord(id, source, null, null, null, warnings, error);
    }

    public boolean isError() {
        return error != null;
    }

    public ArticleRecord withLanguage(LanguageProfile profile, List<Warning> more) {
        if (isError()) {
            throw new IllegalStateException("no language layer on an error record");
        }
        return new ArticleRecord(id, source, extraction, profile, analysis, concat(warnings, more), error);
    }

    public ArticleRecord withAnalysis(Analysis layer, List<Warning> more) {
        if (isError()) {
            throw new IllegalStateException("no analysis layer on an error record");
        }
        return new ArticleRecord(id, source, extraction, language, layer, concat(warnings, more), error);
    }

    private static List<Warning> concat(List<Warning> a, List<Warning> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<Warning> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
