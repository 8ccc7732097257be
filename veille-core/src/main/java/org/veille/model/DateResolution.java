package org.veille.model;

/** How a date expression's value was reached: what the reader may trust about it. */
public enum DateResolution {
    /** Every part of the value is written in the expression ("21 février 2023", "en 2022"). */
    EXPLICIT,
    /** Completed or resolved against the article's publication date ("mardi 21 février", "hier"). */
    ARTICLE_DATE,
    /** The year is pinned by the text itself: the weekday fits only one year near the years it names. */
    TEXT,
    /** Only the written parts are known ({@code --02-21}, {@code --02}); nothing pins the year. */
    PARTIAL,
    /** A relative expression ("hier", "last Tuesday") with no date to count from: no value. */
    UNRESOLVED;

    /** The name in the JSON output: {@code article-date}. */
    public String wireName() {
        return WireNames.of(this);
    }

    public static DateResolution fromWireName(String name) {
        return WireNames.parse(DateResolution.class, name);
    }
}
