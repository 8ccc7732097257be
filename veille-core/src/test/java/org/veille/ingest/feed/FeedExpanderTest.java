package org.veille.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.ingest.DocumentInput;
import org.veille.ingest.HttpFetcher;
import org.veille.ingest.IngestSettings;
import org.veille.ingest.LoopbackHttp;
import org.veille.model.ArticleRecord;
import org.veille.model.ErrorKind;
import org.veille.model.Warning;
import org.veille.pipeline.Pipeline;

/** Feeds fetched from a loopback server and their items run through the pipeline. */
class FeedExpanderTest {
    private static final String RSS = "application/rss+xml; charset=utf-8";
    private static final String LAST_MODIFIED = "Tue, 21 Feb 2023 10:00:00 GMT";

    private final Pipeline pipeline = Pipeline.builder().withoutLanguage().build();
    private final HttpFetcher fetcher = new HttpFetcher(IngestSettings.defaults());
    private LoopbackHttp server;
    private FeedTally tally;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackHttp();
        tally = new FeedTally();
        server.page("/a", "text/html; charset=utf-8", FeedFixtures.bareArticle())
                .page("/b", "text/html; charset=utf-8", FeedFixtures.declaredArticle())
                .conditional("/feed.xml", RSS, FeedFixtures.rss("/a", server.url("/b")), "\"v1\"", LAST_MODIFIED)
                .page("/plain.xml", RSS, FeedFixtures.rss("/a", "/b"))
                .conditional("/wire.json", "application/feed+json", FeedFixtures.jsonFeed("/a", "/missing"), "\"w1\"", LAST_MODIFIED)
                .status("/missing", 404)
                .slow("/slow")
                .page("/slow-feed.xml", "text/xml", "<rss version=\"2.0\"><channel><title>t</title><item><title>Slow one</title>"
                        + "<link>/slow</link></item></channel></rss>")
                .page("/broken.xml", RSS, "<rss version=\"2.0\"><channel><item><title>cut</item></channel>")
                .page("/login", RSS, "<!DOCTYPE html><html><head><title>Sign in</title></head><body><form></form></body></html>")
                .page("/empty.xml", "text/xml", "<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>")
                .redirect("/moved.xml", server.url("/feed.xml"))
                .conditional("/also.xml", RSS, FeedFixtures.rss("/missing", "/b"), "\"m1\"", LAST_MODIFIED);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** What the CLI's runner does with one named URL: open it, then run the page or each item through the pipeline. */
    private List<ArticleRecord> run(FeedExpander expander, String path) {
        DocumentInput input = DocumentInput.ofUrl(server.url(path), fetcher);
        FeedExpander.Opened opened = expander.open(input);
        if (opened instanceof FeedExpander.Opened.Failed failed) {
            return List.of(failed.record());
        }
        if (opened instanceof FeedExpander.Opened.Page page) {
            return List.of(pipeline.process(page.input()));
        }
        List<ArticleRecord> records = new ArrayList<>();
        for (DocumentInput item : expander.place((FeedExpander.Opened.Items) opened)) {
            records.add(expander.finish(item, pipeline.process(item)));
        }
        return records;
    }

    /**
     * Opens every path before any item runs, as workers expanding feeds at once do, then places each
     * feed's items in input order, as the runner's consumer does, then runs them.
     */
    private List<List<ArticleRecord>> runTogether(FeedExpander expander, String... paths) {
        List<FeedExpander.Opened.Items> opened = new ArrayList<>();
        for (String path : paths) {
            opened.add(assertInstanceOf(FeedExpander.Opened.Items.class, expander.open(DocumentInput.ofUrl(server.url(path), fetcher))));
        }
        List<List<ArticleRecord>> records = new ArrayList<>();
        List<List<DocumentInput>> placed = new ArrayList<>();
        for (FeedExpander.Opened.Items items : opened) {
            placed.add(expander.place(items));
        }
        for (List<DocumentInput> items : placed) {
            records.add(items.stream().map(item -> expander.finish(item, pipeline.process(item))).toList());
        }
        return records;
    }

    private static List<String> uris(List<ArticleRecord> records) {
        return records.stream().map(r -> r.source().uri()).toList();
    }

    private static List<String> codes(ArticleRecord record) {
        return record.warnings().stream().map(Warning::code).filter(code -> code.startsWith("feed-")).toList();
    }

    private long requestsTo(String path) {
        return server.paths().stream().filter(path::equals).count();
    }

    @Test
    void feed_items_become_articles_and_the_feed_fills_only_what_the_page_leaves_out() {
        List<ArticleRecord> records = run(new FeedExpander(fetcher, FeedState.inMemory(), tally), "/feed.xml");

        assertEquals(List.of(server.url("/a"), server.url("/b")), records.stream().map(r -> r.source().uri()).toList());
        ArticleRecord bare = records.get(0);
        assertNull(bare.error());
        assertEquals("La fête de la mer réunit le port", bare.extraction().title());
        assertEquals(List.of("Jeanne Martin"), bare.extraction().authors());
        assertEquals("2023-02-21T08:30:00Z", bare.extraction().published());
        assertEquals(List.of("feed-title", "feed-authors", "feed-published"), codes(bare));
        assertEquals(server.url("/feed.xml"), bare.source().feed());
        assertNotNull(bare.source().fetched(), "the HTTP Date header is the fetch time");

        ArticleRecord declared = records.get(1);
        assertEquals("Quay rebuilt by autumn", declared.extraction().title(), "the page wins over the feed");
        assertEquals(List.of("Nina Kowalski"), declared.extraction().authors());
        assertEquals("2023-02-20T18:00:00+01:00", declared.extraction().published());
        assertEquals(List.of(), codes(declared));
        assertEquals(1, tally.feedsRead());
        assertEquals(2, tally.itemsToFetch());
    }

    @Test
    void an_unchanged_feed_answers_304_and_none_of_its_items_is_fetched_again() {
        FeedState state = FeedState.inMemory();
        assertEquals(2, run(new FeedExpander(fetcher, state, tally), "/feed.xml").size());
        List<String> before = server.paths();

        List<ArticleRecord> second = run(new FeedExpander(fetcher, state, tally), "/feed.xml");

        assertEquals(List.of(), second);
        List<LoopbackHttp.Request> after = server.requests().subList(before.size(), server.requests().size());
        assertEquals(List.of("/feed.xml"), after.stream().map(LoopbackHttp.Request::path).toList());
        assertEquals("\"v1\"", after.get(0).ifNoneMatch());
        assertEquals(LAST_MODIFIED, after.get(0).ifModifiedSince());
        assertEquals(1, tally.notModifiedCount());
    }

    @Test
    void items_seen_on_an_earlier_run_are_not_fetched_when_the_feed_has_no_validators() {
        FeedState state = FeedState.inMemory();
        run(new FeedExpander(fetcher, state, tally), "/plain.xml");
        assertEquals(1, requestsTo("/a"));

        List<ArticleRecord> second = run(new FeedExpander(fetcher, state, tally), "/plain.xml");

        assertEquals(List.of(), second);
        assertEquals(2, requestsTo("/plain.xml"));
        assertEquals(1, requestsTo("/a"), "seen items are not refetched");
        assertEquals(2, tally.alreadySeenCount());
    }

    @Test
    void a_failed_item_gets_its_error_record_and_is_tried_again_on_the_next_run() {
        FeedState state = FeedState.inMemory();
        List<ArticleRecord> first = run(new FeedExpander(fetcher, state, tally), "/wire.json");

        assertEquals(2, first.size());
        assertNull(first.get(0).error());
        assertEquals("First wire", first.get(0).extraction().title());
        assertEquals("2023-04-02T06:00+02:00", first.get(0).extraction().published());
        ArticleRecord missing = first.get(1);
        assertEquals(ErrorKind.FETCH_FAILED, missing.error().kind());
        assertTrue(missing.error().message().contains("404"), missing.error().message());
        assertEquals(server.url("/wire.json"), missing.source().feed());
        assertEquals(Map.of(), state.conditionalHeaders(server.url("/wire.json")),
                "no validators while an item failed, so the next run reads the feed again");

        List<ArticleRecord> second = run(new FeedExpander(fetcher, state, tally), "/wire.json");
        assertEquals(List.of(server.url("/missing")), second.stream().map(r -> r.source().uri()).toList());
        assertEquals(1, requestsTo("/a"));
    }

    @Test
    void an_item_that_times_out_is_an_error_record() {
        // The slow page never answers: an impatient fetcher for this test alone, so that no other test's
        // fetch can be cut short by a loaded machine.
        HttpFetcher impatient = new HttpFetcher(IngestSettings.defaults().withRequestTimeout(Duration.ofSeconds(2)));
        List<ArticleRecord> records = run(new FeedExpander(impatient, FeedState.inMemory(), tally), "/slow-feed.xml");
        assertEquals(1, records.size());
        assertEquals(ErrorKind.FETCH_FAILED, records.get(0).error().kind());
        assertTrue(records.get(0).error().message().contains(server.url("/slow")), records.get(0).error().message());
    }

    @Test
    void a_page_is_fetched_once_and_read_as_a_page() {
        DocumentInput input = DocumentInput.ofUrl(server.url("/b"), fetcher);
        FeedExpander.Opened opened = new FeedExpander(fetcher, FeedState.inMemory(), tally).open(input);

        ArticleRecord record = pipeline.process(assertInstanceOf(FeedExpander.Opened.Page.class, opened).input());

        assertEquals("Quay rebuilt by autumn", record.extraction().title());
        assertNull(record.source().feed());
        assertEquals(1, requestsTo("/b"));
        assertTrue(!tally.any());
    }

    @Test
    void malformed_feeds_and_html_served_as_a_feed_are_one_error_record_each() {
        FeedExpander expander = new FeedExpander(fetcher, FeedState.inMemory(), tally);
        ArticleRecord broken = run(expander, "/broken.xml").get(0);
        assertEquals(ErrorKind.MALFORMED_FEED, broken.error().kind());
        assertEquals(server.url("/broken.xml"), broken.source().uri());
        assertEquals(server.url("/broken.xml"), broken.source().feed());
        ArticleRecord login = run(expander, "/login").get(0);
        assertEquals(ErrorKind.MALFORMED_FEED, login.error().kind());
        assertTrue(login.error().message().contains("HTML page"), login.error().message());
    }

    @Test
    void an_empty_feed_yields_no_record_and_is_counted() {
        assertEquals(List.of(), run(new FeedExpander(fetcher, FeedState.inMemory(), tally), "/empty.xml"));
        assertEquals(1, tally.emptyCount());
        assertTrue(tally.summary().contains("1 empty"), tally.summary());
    }

    @Test
    void a_redirected_feed_resolves_its_links_against_where_it_landed() {
        List<ArticleRecord> records = run(new FeedExpander(fetcher, FeedState.inMemory(), tally), "/moved.xml");
        assertEquals(List.of(server.url("/a"), server.url("/b")), records.stream().map(r -> r.source().uri()).toList());
        assertEquals(server.url("/moved.xml"), records.get(0).source().feed(), "the feed as the user named it");
    }

    @Test
    void the_state_survives_a_save_and_load(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub").resolve("feeds.json");
        FeedState state = FeedState.load(file);
        run(new FeedExpander(fetcher, state, tally), "/feed.xml");
        state.save();

        FeedState reloaded = FeedState.load(file);

        assertEquals(state.conditionalHeaders(server.url("/feed.xml")), reloaded.conditionalHeaders(server.url("/feed.xml")));
        assertEquals(state.seenKeys(server.url("/feed.xml")), reloaded.seenKeys(server.url("/feed.xml")));
        assertEquals(List.of(server.url("/a"), "courrier-1", server.url("/b"), "courrier-2"),
                sorted(reloaded.seenKeys(server.url("/feed.xml")), state.seenKeys(server.url("/feed.xml"))));
    }

    @Test
    void a_state_file_that_is_not_one_is_refused_with_a_clear_message(@TempDir Path dir) throws IOException {
        Path file = java.nio.file.Files.writeString(dir.resolve("feeds.json"), "{not json", StandardCharsets.UTF_8);
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> FeedState.load(file));
        assertTrue(e.getMessage().contains("delete it"), e.getMessage());
    }

    @Test
    void an_article_two_feeds_list_is_fetched_once_and_both_feeds_remember_it() {
        FeedState state = FeedState.inMemory();
        FeedExpander expander = new FeedExpander(fetcher, state, tally);

        List<List<ArticleRecord>> records = runTogether(expander, "/feed.xml", "/plain.xml");

        assertEquals(List.of(server.url("/a"), server.url("/b")), uris(records.get(0)));
        assertEquals(List.of(), records.get(1), "the second feed's copies are not fetched again");
        assertEquals(1, requestsTo("/a"));
        assertEquals(1, requestsTo("/b"));
        assertEquals(2, tally.itemsToFetch());
        assertEquals(2, tally.duplicateCount());
        assertTrue(tally.summary().contains("2 items fetched, 2 listed twice (fetched once)"), tally.summary());
        assertTrue(state.seenKeys(server.url("/plain.xml")).contains(server.url("/a")),
                "the second feed remembers the article too, so a later run does not fetch it through that feed");
    }

    @Test
    void a_feed_named_twice_yields_its_items_once() {
        FeedState state = FeedState.inMemory();

        List<List<ArticleRecord>> records = runTogether(new FeedExpander(fetcher, state, tally), "/feed.xml", "/feed.xml");

        assertEquals(2, records.get(0).size());
        assertEquals(List.of(), records.get(1));
        assertEquals(1, requestsTo("/a"));
        assertEquals(2, tally.duplicateCount());
        assertEquals("\"v1\"", state.conditionalHeaders(server.url("/feed.xml")).get("If-None-Match"));
    }

    @Test
    void a_feed_whose_copy_of_an_item_failed_elsewhere_does_not_remember_its_validators() {
        FeedState state = FeedState.inMemory();

        List<List<ArticleRecord>> records = runTogether(new FeedExpander(fetcher, state, tally), "/wire.json", "/also.xml");

        assertEquals(List.of(server.url("/a"), server.url("/missing")), uris(records.get(0)));
        assertEquals(List.of(server.url("/b")), uris(records.get(1)));
        assertEquals(1, requestsTo("/missing"));
        assertEquals(Map.of(), state.conditionalHeaders(server.url("/also.xml")),
                "its /missing failed (fetched for the other feed): the next run must read it in full again");
    }

    @Test
    void feeds_opened_by_many_workers_at_once_fetch_each_article_once_for_the_first_in_input_order() throws Exception {
        FeedExpander expander = new FeedExpander(fetcher, FeedState.inMemory(), tally);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<FeedExpander.Opened>> opened = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                opened.add(pool.submit(() -> expander.open(DocumentInput.ofUrl(server.url("/plain.xml"), fetcher))));
            }
            List<List<String>> claimed = new ArrayList<>();
            for (Future<FeedExpander.Opened> future : opened) {
                claimed.add(expander.place(assertInstanceOf(FeedExpander.Opened.Items.class, future.get())).stream()
                        .map(DocumentInput::uri).toList());
            }
            assertEquals(List.of(server.url("/a"), server.url("/b")), claimed.get(0), "the first in input order fetches them");
            assertTrue(claimed.subList(1, 8).stream().allMatch(List::isEmpty), claimed.toString());
            assertEquals(14, tally.duplicateCount());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_feed_over_the_size_limit_is_one_too_large_record_and_is_not_parsed() {
        assertEquals(8L * 1024 * 1024, FeedLimits.defaults().maxFeedBytes());
        FeedExpander expander = new FeedExpander(fetcher, FeedState.inMemory(), tally, new FeedLimits(100, 5_000));

        List<ArticleRecord> records = run(expander, "/feed.xml");

        assertEquals(1, records.size());
        ArticleRecord record = records.get(0);
        assertEquals(ErrorKind.TOO_LARGE, record.error().kind());
        assertTrue(record.error().message().contains(", over the 100 bytes limit for a feed"), record.error().message());
        assertEquals(server.url("/feed.xml"), record.source().feed());
        assertEquals(0, requestsTo("/a"));
        assertTrue(tally.summary().contains("1 too large"), tally.summary());
    }

    @Test
    void a_read_takes_at_most_the_item_cap_newest_first_and_leaves_the_rest_for_the_next_run() {
        assertEquals(5_000, FeedLimits.defaults().maxItemsPerRead());
        FeedState state = FeedState.inMemory();
        FeedLimits oneItem = new FeedLimits(FeedLimits.DEFAULT_MAX_FEED_BYTES, 1);

        List<ArticleRecord> first = run(new FeedExpander(fetcher, state, tally, oneItem), "/feed.xml");

        assertEquals(List.of(server.url("/b")), uris(first), "the newer of the two (22 Feb)");
        assertEquals(1, tally.deferredCount());
        assertTrue(tally.summary().contains("1 over the per-feed limit (left for the next run)"), tally.summary());
        assertEquals(Map.of(), state.conditionalHeaders(server.url("/feed.xml")), "no 304 next time: an item is still to take");

        List<ArticleRecord> second = run(new FeedExpander(fetcher, state, tally, oneItem), "/feed.xml");

        assertEquals(List.of(server.url("/a")), uris(second));
        assertEquals(1, requestsTo("/a"));
        assertEquals(1, requestsTo("/b"));
        assertEquals("\"v1\"", state.conditionalHeaders(server.url("/feed.xml")).get("If-None-Match"));
    }

    @Test
    void a_read_is_placed_once() {
        FeedExpander expander = new FeedExpander(fetcher, FeedState.inMemory(), tally);
        FeedExpander.Opened.Items items = assertInstanceOf(FeedExpander.Opened.Items.class,
                expander.open(DocumentInput.ofUrl(server.url("/feed.xml"), fetcher)));
        assertEquals(2, expander.place(items).size());
        assertThrows(IllegalStateException.class, () -> expander.place(items));
    }

    /** The keys in the order the first list has them, checking both hold the same. */
    private static List<String> sorted(List<String> keys, List<String> reference) {
        List<String> a = new ArrayList<>(keys);
        List<String> b = new ArrayList<>(reference);
        Collections.sort(a);
        Collections.sort(b);
        assertEquals(b, a);
        return keys;
    }
}
