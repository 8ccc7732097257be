package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veille ingest} and {@code analyze} on news feeds served by a loopback HTTP server. */
class FeedsCliTest {

    @TempDir
    Path dir;

    private LoopbackServer server;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void startServer() throws IOException {
        server = new LoopbackServer();
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
                + "<title>Coast Weekly</title>"
                + "<item><title>Village library reopens</title><link>/library</link><guid>cw-1</guid>"
                + "<dc:creator>Feed Author</dc:creator><pubDate>Mon, 05 Jun 2023 08:00:00 GMT</pubDate></item>"
                + "<item><title>Ferry timetable</title><link>/ferry</link><guid>cw-2</guid>"
                + "<dc:creator>Maya Okafor</dc:creator><pubDate>Tue, 06 Jun 2023 09:15:00 GMT</pubDate></item>"
                + "<item><title>Members' news</title><link>/private/members</link></item>"
                + "</channel></rss>";
        server.conditional("/feed.xml", "application/rss+xml", utf8(rss), "\"rev-1\"")
                .counted("/library", "text/html; charset=utf-8", Fixtures.bytes(Fixtures.EN_ARTICLE))
                .counted("/ferry", "text/html; charset=utf-8", Fixtures.bytes(Fixtures.EN_NOTE))
                .page("/private/members", "text/html", utf8("<p>members only</p>"))
                .counted("/robots.txt", "text/plain", utf8("User-agent: *\nDisallow: /private/\n"))
                .page("/broken.xml", "application/atom+xml", utf8("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"))
                .page("/empty.xml", "text/xml", utf8("<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>"))
                .page("/politics.xml", "application/rss+xml", utf8("<rss version=\"2.0\"><channel><title>Politics</title>"
                        + "<item><title>Library vote</title><link>/library</link></item>"
                        + "<item><title>Library vote, again</title><link>/library</link></item>"
                        + "<item><title>Ferry</title><link>/ferry</link></item></channel></rss>"));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void analyzeExpandsAFeedInAUrlListInItsPlace() throws IOException {
        Path list = Files.writeString(dir.resolve("feeds.txt"), String.join("\n", server.url("/ferry"),
                server.url("/feed.xml"), server.url("/broken.xml"), server.url("/empty.xml"), server.url("/library")) + "\n");

        CliRun run = CliRun.of("analyze", "--extract-only", "--delay", "0", "--threads", "2", list.toString());

        assertEquals(1, run.exitCode(), run.describe());
        assertEquals(List.of(server.url("/ferry"), server.url("/library"), server.url("/ferry"), server.url("/private/members"),
                server.url("/broken.xml"), server.url("/library")), run.uris(), "the feed's items in its place; the empty feed yields none");
        assertEquals(List.of("-", "-", "-", "fetch-failed", "malformed-feed", "-"), run.errorKinds());
        List<JsonNode> records = run.records();
        assertTrue(records.get(0).path("source").path("feed").isNull(), "a page named directly has no feed");
        JsonNode library = records.get(1);
        assertEquals(server.url("/feed.xml"), library.path("source").path("feed").asText());
        assertEquals("Robin Ashdown", library.path("authors").get(0).asText(), "the page's byline wins");
        JsonNode ferry = records.get(2);
        assertEquals("Harbour ferry timetable changes", ferry.path("title").asText(), "the page's own title wins");
        assertEquals("Maya Okafor", ferry.path("authors").get(0).asText(), "the page names no author: the feed's");
        assertEquals("2023-06-06T09:15:00Z", ferry.path("published").asText());
        assertTrue(ferry.path("warnings").toString().contains("feed-authors"), ferry.toString());
        assertTrue(records.get(3).path("error").path("message").asText().contains("disallowed by"), records.get(3).toString());
        assertEquals(server.url("/feed.xml"), records.get(3).path("source").path("feed").asText());
        assertTrue(run.stderr().contains("feeds: 2 read (1 empty), 1 unreadable; 3 items fetched"), run.stderr());
    }

    @Test
    void ingestOfAFeedStoresItsItemsAndTheNextRunFetchesNothingNew() {
        String index = dir.resolve("index").toString();

        CliRun first = CliRun.of("ingest", "--extract-only", "--delay", "0", "--quiet", "--index", index, server.url("/feed.xml"));
        CliRun second = CliRun.of("ingest", "--extract-only", "--delay", "0", "--quiet", "--index", index, server.url("/feed.xml"));

        assertEquals(1, first.exitCode(), first.describe() + " (the disallowed item is an error record)");
        assertTrue(first.stdout().startsWith("ingest: read 3, new 2,"), first.stdout());
        assertTrue(first.stderr().contains("feeds: 1 read; 3 items fetched"), first.stderr());
        assertTrue(Files.exists(dir.resolve("index").resolve("feeds.json")), "the feed state is kept beside the index");
        // The disallowed item failed, so the feed was read in full again; the two stored items were not refetched.
        assertTrue(second.stderr().contains("2 already seen"), second.stderr());
        assertTrue(second.stdout().startsWith("ingest: read 1, new 0,"), second.stdout());
        assertEquals(2, server.requests("/feed.xml"));
        assertEquals(1, server.requests("/library"));
        assertEquals(1, server.requests("/ferry"));
    }

    @Test
    void anUnchangedFeedIsNotReadAgainWithAStateFile() {
        server.conditional("/clean.xml", "application/rss+xml", utf8("<rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>Library</title><link>/library</link></item></channel></rss>"), "\"c1\"");
        String state = dir.resolve("state.json").toString();

        CliRun first = CliRun.of("analyze", "--extract-only", "--delay", "0", "--state", state, server.url("/clean.xml"));
        CliRun second = CliRun.of("analyze", "--extract-only", "--delay", "0", "--state", state, server.url("/clean.xml"));

        assertEquals(0, first.exitCode(), first.describe());
        assertEquals(List.of(server.url("/library")), first.uris());
        assertEquals(0, second.exitCode(), second.describe());
        assertEquals("", second.stdout(), "304: no item fetched, no record");
        assertTrue(second.stderr().contains("1 not modified since the last run"), second.stderr());
        assertEquals(1, server.requests("/library"));
    }

    @Test
    void aStateFileThatIsNotOneStopsTheRunBeforeFetching() throws IOException {
        Path state = Files.writeString(dir.resolve("state.json"), "[1, 2]");

        CliRun run = CliRun.of("analyze", "--extract-only", "--delay", "0", "--state", state.toString(), server.url("/feed.xml"));

        assertEquals(3, run.exitCode(), run.describe());
        assertTrue(run.stderr().contains("delete it to start afresh"), run.stderr());
        assertEquals(0, server.requests("/feed.xml"));
        assertEquals("[1, 2]", Files.readString(state), "left as it was");
    }

    @Test
    void aNegativeDelayIsAUsageError() {
        CliRun run = CliRun.of("analyze", "--delay", "-1", server.url("/feed.xml"));
        assertEquals(2, run.exitCode(), run.describe());
        assertFalse(run.stderr().isEmpty());
    }

    @Test
    void anArticleTwoFeedsListIsFetchedOnceAndTheRepeatsAreReported() {
        CliRun run = CliRun.of("analyze", "--extract-only", "--delay", "0", "--threads", "2",
                server.url("/feed.xml"), server.url("/politics.xml"));

        assertEquals(List.of(server.url("/library"), server.url("/ferry"), server.url("/private/members")), run.uris(),
                "the second feed's items were claimed by the first: no second record");
        assertEquals(1, server.requests("/library"));
        assertEquals(1, server.requests("/ferry"));
        // politics.xml: /library twice in the feed itself, and both its links already claimed by feed.xml.
        assertTrue(run.stderr().contains("feeds: 2 read; 3 items fetched, 3 listed twice (fetched once)"), run.stderr());
    }

    @Test
    void aFeedGivenTwiceInAUrlListYieldsEachItemOnce() throws IOException {
        Path list = Files.writeString(dir.resolve("feeds.txt"), server.url("/feed.xml") + "\n" + server.url("/feed.xml") + "\n");

        CliRun run = CliRun.of("analyze", "--extract-only", "--delay", "0", "--threads", "2", list.toString());

        assertEquals(List.of(server.url("/library"), server.url("/ferry"), server.url("/private/members")), run.uris());
        assertEquals(1, server.requests("/library"));
        assertTrue(run.stderr().contains("3 listed twice (fetched once)"), run.stderr());
    }

    @Test
    void theSegmentsOfOneIngestShareRobotsTxtAndTheFeedsClaims() throws IOException {
        Path records = Files.writeString(dir.resolve("earlier.jsonl"), "");
        String index = dir.resolve("index").toString();

        CliRun run = CliRun.of("ingest", "--extract-only", "--delay", "0", "--quiet", "--index", index,
                server.url("/feed.xml"), records.toString(), server.url("/politics.xml"));

        assertEquals(1, server.requests("/robots.txt"), "robots.txt once per run, not once per segment");
        assertEquals(1, server.requests("/library"), "claimed in the first segment, not fetched again in the second");
        assertEquals(1, server.requests("/ferry"));
        assertTrue(run.stdout().startsWith("ingest: read 3, new 2,"), run.describe());
        assertEquals(1, run.stderr().split("veille: feeds:", -1).length - 1, "one feeds line for the run: " + run.stderr());
    }
}
