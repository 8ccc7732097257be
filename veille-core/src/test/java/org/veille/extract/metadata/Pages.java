package org.veille.extract.metadata;

import org.jsoup.Jsoup;

/** Reads the metadata of an inline HTML fixture, as the HTML extractor does before cleaning. */
final class Pages {
    private static final MetadataReader READER = new MetadataReader();

    private Pages() {
    }

    static PageMetadata read(String html) {
        return read(html, null);
    }

    static PageMetadata read(String html, String url) {
        return READER.read(Jsoup.parse(html, url == null ? "" : url), url);
    }
}
