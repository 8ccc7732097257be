package org.veille.extract.metadata;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * The UTC offsets other than zero in which a page writes its own timestamps: the {@code datetime} of
 * its {@code <time>} elements and the values of its date meta tags and JSON-LD fields. Content systems
 * often declare the publication instant in UTC while printing it, and writing it elsewhere, in the
 * newsroom's zone; such an offset says which calendar day the newsroom gave the piece.
 */
final class PageOffsets {
    /** Enough {@code <time>} elements to meet the article's own; the rest are lists of other stories. */
    private static final int MAX_TIMES = 20;

    private final DateParser parser;

    PageOffsets(DateParser parser) {
        this.parser = parser;
    }

    /**
     * @param declared date values the page declares in its metadata (meta tags, JSON-LD), nulls allowed
     * @return the distinct non-zero offsets, in the order met: declared values first, then the body's times
     */
    Set<ZoneOffset> find(List<String> declared, Element body) {
        Set<ZoneOffset> offsets = new LinkedHashSet<>();
        for (String value : declared) {
            add(offsets, value);
        }
        if (body != null) {
            int seen = 0;
            for (Element time : body.getElementsByTag("time")) {
                if (time.hasAttr("datetime")) {
                    add(offsets, time.attr("datetime"));
                    if (++seen >= MAX_TIMES) {
                        break;
                    }
                }
            }
        }
        return offsets;
    }

    private void add(Set<ZoneOffset> offsets, String value) {
        String parsed = parser.parse(value, false);
        if (parsed == null || parsed.length() <= 10 || parsed.endsWith("Z")) {
            return;
        }
        try {
            offsets.add(OffsetDateTime.parse(parsed).getOffset());
        } catch (DateTimeException e) {
            // Not a full timestamp after all: it names no zone.
        }
    }
}
