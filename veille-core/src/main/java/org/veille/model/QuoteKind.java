package org.veille.model;

/**
 * How a quotation reports speech: in the speaker's own words between quotation marks (direct), a
 * quoted fragment inside the reporter's sentence (mixed), or the reporter's paraphrase (indirect).
 */
public enum QuoteKind {
    DIRECT, MIXED, INDIRECT;

    /** The name in the output: {@code "direct"}. */
    public String wireName() {
        return WireNames.of(this);
    }

    public static QuoteKind fromWireName(String name) {
        return WireNames.parse(QuoteKind.class, name);
    }
}
