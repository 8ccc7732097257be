package org.veille.ingest.polite;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import org.veille.ingest.Fetcher;
import org.veille.ingest.HttpReply;
import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/**
 * Each site's robots.txt, fetched once per run and kept for every later request to it
 * (crawler-commons parses it and matches our robot name).
 *
 * <p>What an answer means follows RFC 9309: a 2xx gives the rules; a 4xx means the site has none,
 * so everything is allowed; a 5xx means the site cannot say now, so nothing is fetched from it. A
 * robots.txt that cannot be fetched at all (refused, timed out) allows everything: the page's own
 * fetch then fails with the real reason, which says more than "disallowed" would.
 *
 * <p>Thread-safe: the first worker to need a site's rules fetches them, the others wait for that
 * fetch instead of sending their own.
 */
public final class RobotsRules {
    private final Fetcher fetcher;
    private final HostPoliteness politeness;
    private final PolitenessSettings settings;
    private final ConcurrentHashMap<String, CompletableFuture<SiteRules>> bySite = new ConcurrentHashMap<>();

    /**
     * @param fetcher    fetches robots.txt; must not consult this object's gate (it would wait on itself)
     * @param politeness the per-host spacing the robots.txt request counts against, like any other
     */
    public RobotsRules(Fetcher fetcher, HostPoliteness politeness, PolitenessSettings settings) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.politeness = Objects.requireNonNull(politeness, "politeness");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The rules of {@code uri}'s site (scheme, host and port), fetched on first use. */
    public SiteRules rulesFor(URI uri) throws InterruptedException {
        String site = site(uri);
        CompletableFuture<SiteRules> mine = new CompletableFuture<>();
        CompletableFuture<SiteRules> existing = bySite.putIfAbsent(site, mine);
        if (existing == null) {
            try {
                mine.complete(load(URI.create(site + "/robots.txt")));
            } catch (InterruptedException | RuntimeException e) {
                mine.completeExceptionally(e);
                bySite.remove(site, mine);
                throw e;
            }
            return mine.join();
        }
        try {
            return existing.get();
        } catch (ExecutionException e) {
            // The loading thread was interrupted or met a bug; it reported that itself: try once more.
            bySite.remove(site, existing);
            return rulesFor(uri);
        }
    }

    private SiteRules load(URI robots) throws InterruptedException {
        politeness.await(robots, settings.delay());
        Outcome<HttpReply> answer = fetcher.exchange(robots.toString(), Map.of());
        if (!answer.isOk()) {
            return new SiteRules(robots, new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), 0);
        }
        HttpReply reply = answer.value();
        // A cap of our own applies to Crawl-delay; the parser's would turn a long delay into "allow nothing".
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
        if (!reply.isSuccess()) {
            return new SiteRules(robots, parser.failedFetch(reply.status()), reply.status());
        }
        RawDocument body = reply.document();
        String contentType = body.fetch() == null ? "text/plain" : Optional.ofNullable(body.fetch().contentType()).orElse("text/plain");
        BaseRobotRules rules = parser.parseContent(robots.toString(), body.toByteArray(), contentType,
                List.of(settings.robotName()));
        return new SiteRules(robots, rules, reply.status());
    }

    static String site(URI uri) {
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        String host = uri.getHost().toLowerCase(java.util.Locale.ROOT);
        return scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /**
     * One site's rules.
     *
     * @param robots the robots.txt address
     * @param rules  what it allows
     * @param status the HTTP status it answered with, 0 when it could not be fetched
     */
    public record SiteRules(URI robots, BaseRobotRules rules, int status) {
        public boolean allows(URI uri) {
            return rules.isAllowed(uri.toString());
        }

        /** The site's Crawl-delay, when it sets one. */
        public Optional<java.time.Duration> crawlDelay() {
            long millis = rules.getCrawlDelay();
            return millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis < 0
                    ? Optional.empty() : Optional.of(java.time.Duration.ofMillis(millis));
        }

        /** Why {@code uri} is not fetched, for its error record. */
        public String refusal(URI uri, String robotName) {
            if (rules.isDeferVisits() || status >= 500) {
                return robots + " answered " + status + ": the site asks crawlers to come back later; not fetched: " + uri;
            }
            return "disallowed by " + robots + " for user agent '" + robotName + "': " + uri;
        }
    }
}
