package org.veille.eval;

/** How one metadata field of one page was judged. */
public enum FieldOutcome {
    /** The truth has a value and the prediction equals it. */
    CORRECT,
    /** The truth has a value and the prediction gave a different one. */
    WRONG,
    /** The truth has a value and the prediction gave none. */
    MISSED,
    /** The truth says the page has none and the prediction gave one anyway. */
    SPURIOUS,
    /** The truth says the page has none and the prediction gave none. */
    CORRECTLY_ABSENT,
    /** The truth does not annotate this field on this page: nothing to judge. */
    NOT_ANNOTATED
}
