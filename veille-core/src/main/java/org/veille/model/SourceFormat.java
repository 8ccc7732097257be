package org.veille.model;

/** How the source bytes are laid out, detected from their content rather than assumed from a file name. */
public enum SourceFormat {
    /** Markup: an HTML or XHTML page, possibly a fragment. */
    HTML,
    /** A plain-text dump of a page, one block per line or paragraph (the reference article's form). */
    TEXT;

    /** The lower-case name used in the output contract ({@code "html"}, {@code "text"}). */
    public String wireName() {
        return WireNames.of(this);
    }

    public static SourceFormat fromWireName(String name) {
        return WireNames.parse(SourceFormat.class, name);
    }
}
