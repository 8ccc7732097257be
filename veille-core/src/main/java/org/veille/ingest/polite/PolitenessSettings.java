package org.veille.ingest.polite;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How politely to fetch.
 *
 * @param delay         the pause between two requests to one host; 1 s by default, the figure most
 *                      crawlers use and one a news site never notices
 * @param maxCrawlDelay the longest {@code Crawl-delay} of a robots.txt honoured; a site asking for
 *                      minutes per page would otherwise stall a run for hours (30 s, Heritrix's cap)
 * @param robotName     the product token robots.txt groups are matched against, lower case
 */
public record PolitenessSettings(Duration delay, Duration maxCrawlDelay, String robotName) {

    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    public PolitenessSettings {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
        Objects.requireNonNull(robotName, "robotName");
        if (delay.isNegative() || maxCrawlDelay.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative: " + delay + ", " + maxCrawlDelay);
        }
        if (robotName.isBlank()) {
            throw new IllegalArgumentException("robotName must not be blank");
        }
        robotName = robotName.toLowerCase(Locale.ROOT);
    }

    /** The defaults, matching robots.txt groups against the product token of {@code userAgent} ("Veille/0.1 (...)" is "veille"). */
    public static PolitenessSettings forUserAgent(String userAgent) {
        return new PolitenessSettings(DEFAULT_DELAY, DEFAULT_MAX_CRAWL_DELAY, productToken(userAgent));
    }

    public PolitenessSettings withDelay(Duration value) {
        return new PolitenessSettings(value, maxCrawlDelay, robotName);
    }

    static String productToken(String userAgent) {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.isEmpty() ? "veille" : token;
    }
}
