package org.veille.extract.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.veille.extract.Whitespace;

/**
 * The page's {@code <meta>} tags, keyed by lower-cased {@code name}, {@code property} or
 * {@code itemprop}, read once so every finder looks up values instead of re-querying the DOM.
 */
public final class MetaTags {
    private final Map<String, List<String>> values;

    private MetaTags(Map<String, List<String>> values) {
        this.values = values;
    }

    public static MetaTags of(Document document) {
        return of(document.getElementsByTag("meta"));
    }

    /** The tags of these {@code <meta>} elements, in order. */
    static MetaTags of(List<Element> metaElements) {
        Map<String, List<String>> values = new HashMap<>();
        for (Element meta : metaElements) {
            String content = meta.attr("content").trim();
            if (content.isEmpty()) {
                content = meta.attr("value").trim();
            }
            if (content.isEmpty() && meta.hasAttr("datetime")) {
                content = meta.attr("datetime").trim();
            }
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : List.of("name", "property", "itemprop", "http-equiv")) {
                String key = meta.attr(attribute).trim().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    // property="og:title article:tag" is legal RDFa: index each token.
                    for (String token : Whitespace.RUNS.split(key)) {
                        values.computeIfAbsent(token, k -> new ArrayList<>(1)).add(content);
                    }
                }
            }
        }
        return new MetaTags(values);
    }

    /** The first value of the first key present, or null. */
    public String first(String... keys) {
        for (String key : keys) {
            List<String> list = values.get(key);
            if (list != null && !list.isEmpty()) {
                return list.get(0);
            }
        }
        return null;
    }

    /** Every value of a key, in document order. */
    public List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }
}
