package org.veille.ingest;

import org.veille.model.WireNames;

/** What decided a document's charset, from most to least authoritative. */
public enum CharsetSource {
    /** A byte order mark; overrides every declaration, as in browsers. */
    BOM("a byte order mark"),
    /** The charset parameter of the HTTP {@code Content-Type} header. */
    HTTP("the HTTP Content-Type header"),
    /** A {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} element. */
    META("a meta element"),
    /** The {@code encoding} of an XML declaration. */
    XML_DECLARATION("the XML declaration"),
    /** The bytes themselves: valid UTF-8, or the universal charset detector's answer. */
    SNIFFED("sniffing the bytes"),
    /** Nothing could tell; windows-1252, the web's default for unlabelled Western pages. */
    DEFAULT("the windows-1252 default");

    private final String description;

    CharsetSource(String description) {
        this.description = description;
    }

    /** Where the decision came from, as a phrase for messages ("the HTTP Content-Type header"). */
    public String description() {
        return description;
    }

    /** {@code "bom"}, {@code "http"}, {@code "meta"}, {@code "xml-declaration"}, {@code "sniffed"}, {@code "default"}. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Whether the document (or its server) stated this charset, as opposed to it being inferred. */
    public boolean isDeclaration() {
        return this == HTTP || this == META || this == XML_DECLARATION;
    }
}
