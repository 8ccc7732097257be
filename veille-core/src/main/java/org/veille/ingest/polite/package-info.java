/**
 * Polite fetching: the manners a crawler owes the sites it reads, as a
 * {@link org.veille.ingest.RequestGate} the {@link org.veille.ingest.HttpFetcher} asks before every
 * request, redirect hops included.
 *
 * <p>{@link org.veille.ingest.polite.RobotsRules} fetches and caches each host's robots.txt
 * (crawler-commons parses it, for our user agent); {@link org.veille.ingest.polite.HostPoliteness}
 * spaces requests to one host by the configured delay, or the site's {@code Crawl-delay} up to a cap;
 * {@link org.veille.ingest.polite.PoliteGate} puts the two together. Nothing here fetches pages or
 * decides what a document is; the clock and the sleep are injected so tests never wait on time.
 */
package org.veille.ingest.polite;
