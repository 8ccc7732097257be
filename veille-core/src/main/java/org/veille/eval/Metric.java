package org.veille.eval;

/** The metrics of the README; each set declares which of them apply to it. */
public enum Metric {
    /** scrapinghub shingle P/R/F1 over the body. */
    AEB,
    /** WCXB bag-of-words P/R/F1 over the body, all pages and articles. */
    BAG_OF_WORDS,
    /** with/without snippet test over the body. */
    SNIPPETS,
    /** title, author and date matching, on the fields the truth annotates. */
    METADATA
}
