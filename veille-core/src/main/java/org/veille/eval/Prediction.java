package org.veille.eval;

import java.util.List;
import java.util.Objects;

/**
 * What an extractor produced for a page, reduced to what the metrics compare.
 *
 * @param body    main text, paragraphs separated by "\n\n" or "\n" (the metrics ignore the layout); never
 *                null, "" when nothing was extracted
 * @param title   title, null when none was found
 * @param authors author names, empty when none were found
 * @param date    publication date as {@code YYYY-MM-DD} or an ISO-8601 timestamp, null when none was found
 */
public record Prediction(String body, String title, List<String> authors, String date) {

    public Prediction {
        body = body == null ? "" : body;
        authors = authors == null ? List.of() : authors.stream().filter(Objects::nonNull).toList();
    }

    /** Nothing extracted: what a missing page or a failing extractor is scored as. */
    public static Prediction empty() {
        return new Prediction("", null, List.of(), null);
    }

    /** A body-only prediction, e.g. a published tool's output. */
    public static Prediction ofBody(String body) {
        return new Prediction(body, null, List.of(), null);
    }
}
