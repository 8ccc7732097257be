package org.veille.eval;

/** The metadata fields the sets annotate and the metadata metric compares. */
public enum MetaField {
    TITLE, AUTHOR, DATE
}
