package org.veille.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.veille.model.FetchMetadata;
import org.veille.model.RawDocument;

class FeedSnifferTest {

    private static FeedSniffer.Verdict sniff(String body, String contentType) {
        return sniff(body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    private static FeedSniffer.Verdict sniff(byte[] body, String contentType) {
        return FeedSniffer.sniff(RawDocument.of("https://example.org/x", body,
                new FetchMetadata("https://example.org/x", 200, contentType)));
    }

    private static FeedFormat format(FeedSniffer.Verdict verdict) {
        return assertInstanceOf(FeedSniffer.Verdict.Feed.class, verdict).format();
    }

    @Test
    void every_format_is_told_by_its_root_whatever_the_content_type() {
        assertEquals(FeedFormat.RSS, format(sniff(FeedFixtures.rss("/a", "/b"), "text/xml")));
        assertEquals(FeedFormat.ATOM, format(sniff(FeedFixtures.atom("/a"), "text/html")));
        assertEquals(FeedFormat.RDF, format(sniff(FeedFixtures.rdf("https://example.org/a"), null)));
        assertEquals(FeedFormat.JSON_FEED, format(sniff(FeedFixtures.jsonFeed("/a", "/b"), "application/json")));
    }

    @Test
    void prolog_doctype_with_internal_subset_comments_and_bom_are_skipped() {
        String feed = "\uFEFF<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"s.xsl\"?><!-- a > b -->"
                + "<!DOCTYPE rss [<!ENTITY e \"x\"><!ELEMENT rss ANY>]>\n<rss version=\"0.91\"><channel/></rss>";
        assertEquals(FeedFormat.RSS, format(sniff(feed, null)));
        byte[] utf16 = ("\uFEFF<rss version=\"2.0\"/>").getBytes(StandardCharsets.UTF_16BE);
        assertEquals(FeedFormat.RSS, format(sniff(utf16, null)));
    }

    @Test
    void pages_and_other_xml_are_not_feeds() {
        assertInstanceOf(FeedSniffer.Verdict.NotAFeed.class, sniff("<!DOCTYPE html><html><body>feed</body></html>", "text/html"));
        assertInstanceOf(FeedSniffer.Verdict.NotAFeed.class, sniff("<?xml version=\"1.0\"?><svg/>", "image/svg+xml"));
        assertInstanceOf(FeedSniffer.Verdict.NotAFeed.class, sniff("<rdf:RDF xmlns:rdf=\"x\"><a/></rdf:RDF>", "text/xml"));
        assertInstanceOf(FeedSniffer.Verdict.NotAFeed.class, sniff("{\"version\": 1, \"items\": []}", "application/json"));
        assertInstanceOf(FeedSniffer.Verdict.NotAFeed.class, sniff("A plain text page about feeds: <rss>.", "text/plain"));
    }

    @Test
    void html_served_as_a_feed_is_a_broken_feed() {
        FeedSniffer.Verdict verdict = sniff("<!doctype html><html><head><title>Log in</title></head></html>",
                "application/rss+xml; charset=utf-8");
        String message = assertInstanceOf(FeedSniffer.Verdict.Broken.class, verdict).message();
        assertTrue(message.contains("application/rss+xml") && message.contains("HTML page"), message);
        assertInstanceOf(FeedSniffer.Verdict.Broken.class, sniff("", "application/atom+xml"));
    }

    @Test
    void a_body_served_as_a_feed_whose_root_comes_late_is_left_to_the_parser() {
        String lateVersion = "{\"items\": [" + "{\"id\": \"x\"},".repeat(400) + "{}], \"version\": \"https://jsonfeed.org/version/1.1\"}";
        assertEquals(FeedFormat.JSON_FEED, format(sniff(lateVersion, "application/feed+json")));
        String longComment = "<?xml version=\"1.0\"?><!--" + "x".repeat(5000) + "--><feed xmlns=\"http://www.w3.org/2005/Atom\"/>";
        assertEquals(FeedFormat.ATOM, format(sniff(longComment, "application/atom+xml")));
        assertInstanceOf(FeedSniffer.Verdict.NotAFeed.class, sniff(longComment, "text/xml"), "without the feed type, nothing to go on");
    }

    @Test
    void empty_and_random_bytes_never_throw() {
        assertInstanceOf(FeedSniffer.Verdict.NotAFeed.class, sniff(new byte[0], null));
        Random random = new Random(5);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            if (i % 3 == 0 && bytes.length > 0) {
                bytes[0] = '<';
            }
            sniff(bytes, i % 2 == 0 ? "application/rss+xml" : null);
        }
    }
}
