package org.veille.model;

/** What kind of page a document is; non-article pages still get their main content extracted. */
public enum PageType {
    ARTICLE, LISTING, FORUM, PRODUCT, OTHER;

    public String wireName() {
        return WireNames.of(this);
    }

    public static PageType fromWireName(String name) {
        return WireNames.parse(PageType.class, name);
    }
}
