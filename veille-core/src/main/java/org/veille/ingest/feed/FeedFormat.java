package org.veille.ingest.feed;

/** The feed formats read, told apart by their root element or JSON version. */
public enum FeedFormat {
    /** RSS 0.9x and 2.0: {@code <rss>}. */
    RSS,
    /** RSS 0.90 and 1.0: {@code <rdf:RDF>} holding an RSS channel. */
    RDF,
    /** Atom 1.0 (and 0.3): {@code <feed>}. */
    ATOM,
    /** JSON Feed 1.0 and 1.1: an object whose {@code version} names jsonfeed.org. */
    JSON_FEED
}
