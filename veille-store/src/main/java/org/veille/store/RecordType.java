package org.veille.store;

import java.util.Locale;

/** What one document of the index stands for: an article, one of its quotations, or one of its entities. */
public enum RecordType {
    ARTICLE, QUOTE, ENTITY;

    /** The name in the index and on the command line: {@code "quote"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RecordType fromWireName(String name) {
        for (RecordType type : values()) {
            if (type.wireName().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown record type '" + name + "': expected article, quote or entity");
    }
}
