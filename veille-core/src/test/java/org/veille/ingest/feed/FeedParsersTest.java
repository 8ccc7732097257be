package org.veille.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.model.ErrorKind;
import org.veille.model.FeedItem;
import org.veille.pipeline.Outcome;

class FeedParsersTest {
    private static final String FEED = "https://example.org/feeds/news.xml";

    private final RomeFeedParser xml = new RomeFeedParser();
    private final JsonFeedParser json = new JsonFeedParser();

    private Feed parseXml(String body, FeedFormat format) {
        Outcome<Feed> outcome = xml.parse(FEED, FEED, body.getBytes(StandardCharsets.UTF_8), format);
        assertTrue(outcome.isOk(), () -> outcome.error().message());
        return outcome.value();
    }

    @Test
    void rss_items_give_links_titles_authors_and_dates() {
        Feed feed = parseXml(FeedFixtures.rss("/2023/02/21/fete", "https://example.org/2023/02/22/marche"), FeedFormat.RSS);
        assertEquals(2, feed.items().size());
        FeedItem first = feed.items().get(0);
        assertEquals("https://example.org/2023/02/21/fete", first.link(), "relative links resolve against the feed");
        assertEquals("courrier-1", first.guid());
        assertEquals(FEED, first.feed());
        assertEquals("La fête de la mer réunit le port", first.title());
        assertEquals(List.of("Jeanne Martin"), first.authors(), "the name, not the e-mail address");
        assertEquals("2023-02-21T08:30:00Z", first.published());
        FeedItem second = feed.items().get(1);
        assertEquals("Le marché couvert rouvre", second.title(), "markup and entities removed");
        assertEquals(List.of("Paul Roux", "Ana Brito"), second.authors(), "every Dublin Core creator");
    }

    @Test
    void atom_and_rdf_items_are_read() {
        FeedItem atom = parseXml(FeedFixtures.atom("https://example.org/tides"), FeedFormat.ATOM).items().get(0);
        assertEquals("https://example.org/tides", atom.link());
        assertEquals("Tides & times", atom.title());
        assertEquals(List.of("Sam Lee"), atom.authors());
        assertEquals("2023-03-01T06:15:00Z", atom.published(), "the published date, not the update");
        assertEquals("urn:harbour:1", atom.guid());
        FeedItem rdf = parseXml(FeedFixtures.rdf("https://example.org/gazette"), FeedFormat.RDF).items().get(0);
        assertEquals("Gazette story", rdf.title());
        assertEquals(List.of("Lou Vidal"), rdf.authors());
        assertEquals("2023-01-05T12:00:00Z", rdf.published());
    }

    @Test
    void json_feed_items_inherit_the_feed_authors_and_keep_their_offset() {
        Outcome<Feed> outcome = json.parse(FEED, FEED, FeedFixtures.jsonFeed("/w/1", "/w/2").getBytes(StandardCharsets.UTF_8));
        Feed feed = outcome.value();
        assertEquals(2, feed.items().size());
        assertEquals(1, feed.withoutLink(), "the item without a url is counted, not fetched");
        FeedItem first = feed.items().get(0);
        assertEquals("https://example.org/w/1", first.link());
        assertEquals("2023-04-02T06:00+02:00", first.published());
        assertEquals(List.of("Rita Gomez"), first.authors());
        FeedItem second = feed.items().get(1);
        assertEquals("2", second.guid(), "numeric ids are read as text");
        assertEquals(List.of("Wire Desk Editor"), second.authors());
        assertNull(second.published());
        String v10 = "{\"version\":\"https://jsonfeed.org/version/1\",\"items\":[{\"id\":\"a\",\"url\":\"https://e.org/a\","
                + "\"author\":{\"name\":\"Old Style\"}}]}";
        assertEquals(List.of("Old Style"), json.parse(FEED, FEED, v10.getBytes(StandardCharsets.UTF_8)).value().items().get(0).authors());
    }

    @Test
    void duplicate_links_and_non_http_links_are_dropped() {
        String rss = "<rss version=\"2.0\"><channel><title>t</title>"
                + "<item><link>https://example.org/a</link></item><item><link>https://example.org/a</link></item>"
                + "<item><link>mailto:desk@example.org</link></item><item><title>no link</title></item></channel></rss>";
        Feed feed = parseXml(rss, FeedFormat.RSS);
        assertEquals(1, feed.items().size());
        assertEquals(2, feed.withoutLink());
        assertNull(feed.items().get(0).guid(), "ROME's stand-in of the link for a missing guid is not a guid");
    }

    @Test
    void rss_091_with_netscape_doctype_is_read_without_fetching_the_dtd() {
        String rss = "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                + "\"http://127.0.0.1:9/rss-0.91.dtd\"><rss version=\"0.91\"><channel><title>t</title>"
                + "<item><title>Old &amp; new</title><link>https://example.org/old</link></item></channel></rss>";
        assertEquals("Old & new", parseXml(rss, FeedFormat.RSS).items().get(0).title());
    }

    @Test
    void external_entities_are_never_read(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        String rss = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>leak: &xxe;</title>"
                + "<link>https://example.org/a</link></item></channel></rss>";
        Outcome<Feed> outcome = xml.parse(FEED, FEED, rss.getBytes(StandardCharsets.UTF_8), FeedFormat.RSS);
        String everything = outcome.isOk() ? outcome.value().toString() : outcome.error().message();
        assertFalse(everything.contains("TOP-SECRET-VALUE"), everything);
    }

    @Test
    void entity_expansion_bombs_fail_as_malformed() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            bomb.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        bomb.append("]><rss version=\"2.0\"><channel><title>&l9;</title></channel></rss>");
        Outcome<Feed> outcome = xml.parse(FEED, FEED, bomb.toString().getBytes(StandardCharsets.UTF_8), FeedFormat.RSS);
        assertFalse(outcome.isOk());
        assertEquals(ErrorKind.MALFORMED_FEED, outcome.error().kind());
    }

    @Test
    void malformed_xml_and_json_fail_with_the_reason() {
        Outcome<Feed> badXml = xml.parse(FEED, FEED, "<rss version=\"2.0\"><channel><item><title>unclosed</item></channel></rss>"
                .getBytes(StandardCharsets.UTF_8), FeedFormat.RSS);
        assertEquals(ErrorKind.MALFORMED_FEED, badXml.error().kind());
        assertTrue(badXml.error().message().contains(FEED) && badXml.error().message().contains("title"), badXml.error().message());
        Outcome<Feed> badJson = json.parse(FEED, FEED, "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(ErrorKind.MALFORMED_FEED, badJson.error().kind());
        Outcome<Feed> noItems = json.parse(FEED, FEED, "{\"version\":\"https://jsonfeed.org/version/1.1\"}".getBytes(StandardCharsets.UTF_8));
        assertTrue(noItems.error().message().contains("no items"), noItems.error().message());
    }

    @Test
    void empty_and_random_input_fail_without_throwing() {
        assertFalse(xml.parse(FEED, FEED, new byte[0], FeedFormat.RSS).isOk());
        assertFalse(json.parse(FEED, FEED, new byte[0]).isOk());
        Random random = new Random(11);
        for (int i = 0; i < 100; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            xml.parse(FEED, FEED, bytes, FeedFormat.RSS);
            json.parse(FEED, FEED, bytes);
        }
    }

    @Test
    void an_item_repeating_an_earlier_link_is_dropped_and_counted() {
        String rss = "<rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>One</title><link>https://example.org/a</link></item>"
                + "<item><title>One again</title><link>/a</link></item>"
                + "<item><title>Two</title><link>https://example.org/b</link></item></channel></rss>";
        Feed feed = xml.parse(FEED, "https://example.org/feed.xml", rss.getBytes(StandardCharsets.UTF_8), FeedFormat.RSS).value();
        assertEquals(List.of("https://example.org/a", "https://example.org/b"), feed.items().stream().map(FeedItem::link).toList());
        assertEquals(1, feed.repeated());

        String jsonFeed = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":["
                + "{\"id\":\"1\",\"url\":\"https://example.org/a\"},{\"id\":\"2\",\"url\":\"https://example.org/a\"},"
                + "{\"id\":\"3\",\"url\":\"https://example.org/a\"}]}";
        Feed wire = json.parse(FEED, FEED, jsonFeed.getBytes(StandardCharsets.UTF_8)).value();
        assertEquals(1, wire.items().size());
        assertEquals(2, wire.repeated());
    }
}
