package org.veille.ingest.polite;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.veille.ingest.HttpFetcher;
import org.veille.ingest.IngestSettings;
import org.veille.ingest.RequestGate;

/**
 * A crawler's manners before each request: refuse what the site's robots.txt disallows for us, then
 * wait for the host's next slot, the configured delay or the site's own {@code Crawl-delay} when
 * longer, up to {@link PolitenessSettings#maxCrawlDelay()}.
 */
public final class PoliteGate implements RequestGate {
    private final RobotsRules robots;
    private final HostPoliteness politeness;
    private final PolitenessSettings settings;

    public PoliteGate(RobotsRules robots, HostPoliteness politeness, PolitenessSettings settings) {
        this.robots = Objects.requireNonNull(robots, "robots");
        this.politeness = Objects.requireNonNull(politeness, "politeness");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * A fetcher with these manners on real time: robots.txt comes through a second, ungated fetcher,
     * since the gate cannot ask itself.
     */
    public static HttpFetcher politeFetcher(IngestSettings ingest, PolitenessSettings settings) {
        HostPoliteness politeness = HostPoliteness.system();
        RobotsRules robots = new RobotsRules(new HttpFetcher(ingest), politeness, settings);
        return new HttpFetcher(ingest, new PoliteGate(robots, politeness, settings));
    }

    @Override
    public Optional<String> admit(URI uri) throws InterruptedException {
        RobotsRules.SiteRules rules = robots.rulesFor(uri);
        if (!rules.allows(uri)) {
            return Optional.of(rules.refusal(uri, settings.robotName()));
        }
        politeness.await(uri, delayFor(rules));
        return Optional.empty();
    }

    private Duration delayFor(RobotsRules.SiteRules rules) {
        Duration asked = rules.crawlDelay().orElse(Duration.ZERO);
        Duration capped = asked.compareTo(settings.maxCrawlDelay()) > 0 ? settings.maxCrawlDelay() : asked;
        return capped.compareTo(settings.delay()) > 0 ? capped : settings.delay();
    }
}
