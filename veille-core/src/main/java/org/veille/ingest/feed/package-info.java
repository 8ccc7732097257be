/**
 * News feeds as input: RSS 0.9x/2.0, RDF (RSS 1.0), Atom and JSON Feed 1.0/1.1 turned into the
 * article pages their items link to.
 *
 * <p>A URL the user named is fetched once, on a worker thread; {@link org.veille.ingest.feed.FeedExpander}
 * looks at what came back ({@link org.veille.ingest.feed.FeedSniffer}: the root element or JSON
 * version, and a feed Content-Type, never the URL's name) and hands back either the page, read on
 * from that same fetch, or one input per new item. ROME reads RSS and Atom, Jackson JSON Feed; both
 * give {@link org.veille.model.FeedItem}s whose title, authors and date travel with the article's
 * bytes ({@link org.veille.model.FetchMetadata#feedItem()}) as fallbacks for what the page does not
 * declare. {@link org.veille.ingest.feed.FeedState} remembers validators for conditional GETs and the
 * items already made into articles. One {@link org.veille.ingest.feed.FeedExpander} serves one run:
 * it claims each item's link when the feed's items take their place in the output, so an article
 * listed by two feeds, or by one feed named twice, is fetched once; {@link org.veille.ingest.feed.FeedLimits}
 * bounds the memory a feed may take (its size, the items one read takes).
 * {@link org.veille.ingest.feed.FeedTally} counts what yields no record (unchanged or empty feeds,
 * items seen before, listed twice, or left for a later run).
 *
 * <p>Not here: fetching manners (robots.txt, delays) are in {@code ingest.polite}; running the
 * expansion in input order is the front end's runner.
 */
package org.veille.ingest.feed;
