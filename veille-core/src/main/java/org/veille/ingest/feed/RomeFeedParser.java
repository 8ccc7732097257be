package org.veille.ingest.feed;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.fasterxml.jackson.databind.util.ByteBufferBackedInputStream;
import org.veille.model.ErrorKind;
import org.veille.model.FeedItem;
import org.veille.pipeline.Outcome;
import org.xml.sax.InputSource;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom with ROME.
 *
 * <p>XML safety: ROME refuses any DOCTYPE by default, which would reject every RSS 0.91 feed that
 * declares Netscape's DTD. It is allowed here because ROME resolves every external entity and DTD
 * to nothing (its own entity resolver: no file or network access, so no XXE), and the JDK caps
 * entity expansion at 64,000 ("billion laughs" fails with a parse error).
 * Malformed XML is a failure, not a guess: ROME's "healer" only trims leading junk before the
 * prolog and maps HTML entity names.
 *
 * <p>The parser reads the encoding from the BOM and XML declaration, as XML requires.
 */
final class RomeFeedParser {

    Outcome<Feed> parse(String url, String baseUrl, byte[] bytes, FeedFormat format) {
        return parse(url, baseUrl, ByteBuffer.wrap(bytes), format);
    }

    /** Parses the buffer where it lies: a fetched feed is not copied first. */
    Outcome<Feed> parse(String url, String baseUrl, ByteBuffer bytes, FeedFormat format) {
        SyndFeed syndFeed;
        try {
            SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
            input.setAllowDoctypes(true);
            syndFeed = input.build(new InputSource(new ByteBufferBackedInputStream(bytes.duplicate())));
        } catch (FeedException | IllegalArgumentException e) {
            return Outcome.failed(ErrorKind.MALFORMED_FEED, "cannot read the feed at " + url + ": " + reason(e));
        }
        Map<String, FeedItem> items = new LinkedHashMap<>();
        int withoutLink = 0;
        int repeated = 0;
        for (SyndEntry entry : syndFeed.getEntries()) {
            String link = ItemFields.link(linkOf(entry), baseUrl);
            if (link == null) {
                withoutLink++;
                continue;
            }
            // ROME gives an RSS item without a guid its link as "uri": that is no identifier of its own.
            String uri = entry.getUri() == null ? "" : entry.getUri().strip();
            String guid = uri.isEmpty() || uri.equals(entry.getLink() == null ? null : entry.getLink().strip()) ? null : uri;
            FeedItem item = new FeedItem(url, link, guid, ItemFields.text(entry.getTitle()),
                    ItemFields.authors(authorsOf(entry)), published(entry));
            if (items.putIfAbsent(link, item) != null) {
                repeated++;
            }
        }
        return Outcome.ok(new Feed(url, format, new ArrayList<>(items.values()), withoutLink, repeated));
    }

    /** The item's link: RSS {@code link}, else Atom's alternate link, else a permalink guid. */
    private static String linkOf(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        for (SyndLink link : entry.getLinks()) {
            if (link.getHref() != null && (link.getRel() == null || link.getRel().equals("alternate"))) {
                return link.getHref();
            }
        }
        String uri = entry.getUri();
        return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri : null;
    }

    /** Atom authors, Dublin Core creators (every one, where ROME's single author keeps the first), RSS author. */
    private static List<String> authorsOf(SyndEntry entry) {
        List<String> raw = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            raw.add(person.getName() != null ? person.getName() : person.getEmail());
        }
        if (entry.getModule(DCModule.URI) instanceof DCModule dc) {
            raw.addAll(dc.getCreators());
        }
        if (raw.isEmpty() && entry.getAuthor() != null) {
            raw.add(entry.getAuthor());
        }
        return raw;
    }

    /** The publication date, else the last update (Atom entries often carry only that), as an instant. */
    private static String published(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant().toString();
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // ROME prefixes "Invalid XML: Error on line 1: "; the line number is the useful part.
        return message.replace("Invalid XML: ", "").replace("Invalid document", "not an RSS or Atom document");
    }
}
