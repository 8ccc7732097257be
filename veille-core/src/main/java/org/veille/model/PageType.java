package org.veille.model;

import java.util.Locale;

/** What kind of page a document is; non-article pages still get their main content extracted. */
public enum PageType {
    ARTICLE, LISTING, FORUM, PRODUCT, OTHER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PageType fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
