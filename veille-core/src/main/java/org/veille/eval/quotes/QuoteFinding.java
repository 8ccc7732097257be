package org.veille.eval.quotes;

/**
 * One error of a run, for reading what went wrong: a gold quote missed, a quote invented, or a
 * quote found with the wrong speaker.
 *
 * @param article   the article's id
 * @param kind      what went wrong
 * @param text      the quote's text (gold text for a miss or a wrong speaker, the predicted span otherwise)
 * @param expected  the gold speaker (null for an invented quote)
 * @param predicted the predicted speaker (null for a miss)
 */
public record QuoteFinding(String article, Kind kind, String text, String expected, String predicted) {
    public enum Kind { MISSED, INVENTED, WRONG_SPEAKER }
}
