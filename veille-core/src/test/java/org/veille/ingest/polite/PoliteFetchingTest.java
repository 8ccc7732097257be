package org.veille.ingest.polite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veille.ingest.HttpFetcher;
import org.veille.ingest.IngestSettings;
import org.veille.ingest.LoopbackHttp;
import org.veille.model.ErrorKind;
import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/** robots.txt and politeness against a loopback server, on a fake clock. */
class PoliteFetchingTest {
    private static final long SECOND = 1_000_000_000L;

    private LoopbackHttp server;
    private FakeTime time;
    private final IngestSettings ingest = IngestSettings.defaults().withUserAgent("Veille/0.1 (+https://example.org/bot)");

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackHttp();
        time = new FakeTime();
        server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n\n"
                        + "User-agent: veille\nDisallow: /members/\nCrawl-delay: 3\n")
                .page("/news/1", "text/html", "<p>one</p>")
                .page("/news/2", "text/html", "<p>two</p>")
                .page("/members/club", "text/html", "<p>members only</p>")
                .page("/private/x", "text/html", "<p>private</p>");
        server.redirect("/go", server.url("/members/club"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpFetcher fetcher(PolitenessSettings settings) {
        HostPoliteness politeness = new HostPoliteness(time::now, time);
        RobotsRules robots = new RobotsRules(new HttpFetcher(ingest), politeness, settings);
        return new HttpFetcher(ingest, new PoliteGate(robots, politeness, settings));
    }

    @Test
    void robots_txt_is_read_once_and_its_group_for_our_agent_applies() {
        HttpFetcher fetcher = fetcher(PolitenessSettings.forUserAgent(ingest.userAgent()));

        assertTrue(fetcher.fetch(server.url("/news/1")).isOk());
        Outcome<RawDocument> members = fetcher.fetch(server.url("/members/club"));
        assertTrue(fetcher.fetch(server.url("/private/x")).isOk(), "the * group does not apply: ours is named");
        assertTrue(fetcher.fetch(server.url("/news/2")).isOk());

        assertEquals(ErrorKind.FETCH_FAILED, members.error().kind());
        assertTrue(members.error().message().contains("disallowed by " + server.url("/robots.txt")), members.error().message());
        assertTrue(members.error().message().contains("'veille'"), members.error().message());
        assertEquals(List.of("/robots.txt", "/news/1", "/private/x", "/news/2"), server.paths(),
                "robots.txt first and once; the disallowed page never requested");
        assertTrue(server.requests().stream().allMatch(r -> r.userAgent().startsWith("Veille/0.1")));
    }

    @Test
    void a_redirect_into_a_disallowed_path_is_refused_at_that_hop() {
        Outcome<RawDocument> moved = fetcher(PolitenessSettings.forUserAgent(ingest.userAgent())).fetch(server.url("/go"));
        assertFalse(moved.isOk());
        assertTrue(moved.error().message().contains("/members/club"), moved.error().message());
        assertEquals(List.of("/robots.txt", "/go"), server.paths());
    }

    @Test
    void requests_to_one_host_wait_for_the_crawl_delay_up_to_the_cap() {
        // Crawl-delay 3 s is longer than the 1 s delay: it wins.
        HttpFetcher fetcher = fetcher(PolitenessSettings.forUserAgent(ingest.userAgent()));
        fetcher.fetch(server.url("/news/1"));
        fetcher.fetch(server.url("/news/2"));
        fetcher.fetch(server.url("/private/x"));
        // robots.txt at once, /news/1 one delay after it, then the crawl delay between pages.
        assertEquals(List.of(0L, SECOND, 3 * SECOND, 3 * SECOND), time.sleeps());
        assertEquals(List.of("/robots.txt", "/news/1", "/news/2", "/private/x"), server.paths(), "in the order reserved");

        FakeTime capped = new FakeTime();
        time = capped;
        PolitenessSettings lowCap = new PolitenessSettings(Duration.ofMillis(500), Duration.ofSeconds(2), "veille");
        HttpFetcher cappedFetcher = fetcher(lowCap);
        cappedFetcher.fetch(server.url("/news/1"));
        cappedFetcher.fetch(server.url("/news/2"));
        assertEquals(List.of(0L, SECOND / 2, 2 * SECOND), capped.sleeps(), "3 s asked, 2 s cap");
    }

    @Test
    void a_missing_robots_txt_allows_everything_and_a_failing_one_allows_nothing() throws IOException {
        try (LoopbackHttp bare = new LoopbackHttp(); LoopbackHttp down = new LoopbackHttp()) {
            bare.page("/page", "text/html", "<p>x</p>");
            down.status("/robots.txt", 503).page("/page", "text/html", "<p>x</p>");
            HttpFetcher fetcher = fetcher(PolitenessSettings.forUserAgent(ingest.userAgent()));

            assertTrue(fetcher.fetch(bare.url("/page")).isOk(), "no robots.txt (404): no rules");
            Outcome<RawDocument> refused = fetcher.fetch(down.url("/page"));
            assertFalse(refused.isOk());
            assertTrue(refused.error().message().contains("answered 503"), refused.error().message());
            assertEquals(List.of("/robots.txt"), down.paths());
        }
    }

    @Test
    void an_unreachable_robots_txt_lets_the_page_fetch_report_the_real_failure() {
        HttpFetcher fetcher = fetcher(PolitenessSettings.forUserAgent(ingest.userAgent()));
        Outcome<RawDocument> refused = fetcher.fetch("http://127.0.0.1:9/page");
        assertFalse(refused.isOk());
        assertFalse(refused.error().message().contains("robots"), refused.error().message());
    }

    @Test
    void product_token_of_the_user_agent_is_the_robot_name() {
        assertEquals("veille", PolitenessSettings.forUserAgent("Veille/0.1 (+https://x)").robotName());
        assertEquals("mybot", PolitenessSettings.forUserAgent("MyBot").robotName());
    }
}
