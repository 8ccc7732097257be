package org.veille.store.identity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.veille.model.ArticleRecord;

/**
 * What makes two records the same article: its canonical URL, or for a file without one its record id.
 *
 * <p>The URL is the one the page declares, else the http(s) address it was fetched from, normalised so
 * that the links people and crawlers pass around for one story meet: scheme and host lower case,
 * default port, fragment and tracking parameters (utm_*, fbclid, gclid…) dropped, a trailing slash
 * ignored. A record read from a file that names no URL has only its id (the hash of its bytes) to
 * go by, so the same bytes always meet their earlier copy, and an edited file is a new article.
 *
 * @param value  the key the index files the article under: the canonical URL, or {@code id:} + record id
 * @param outlet the host of the URL without {@code www.}, or null when there is no URL
 */
public record ArticleKey(String value, String outlet) {

    /** Query parameters that only say where a click came from, never which page it is. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "igshid", "xtor", "at_medium", "at_campaign", "ref_src", "cmpid", "ocid", "_ga");

    public ArticleKey {
        Objects.requireNonNull(value, "value");
    }

    /** The key of an article record; error records have no article and so no key. */
    public static ArticleKey of(ArticleRecord record) {
        if (record.isError()) {
            throw new IllegalArgumentException("an error record is not an article: " + record.id());
        }
        for (String candidate : new String[] {record.extraction().url(), record.source().uri()}) {
            String url = canonicalUrl(candidate);
            if (url != null) {
                return new ArticleKey(url, outlet(url));
            }
        }
        return new ArticleKey("id:" + record.id(), null);
    }

    /** The normalised form of an http(s) URL, or null when {@code url} is not one. */
    public static String canonicalUrl(String url) {
        if (url == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(url.length()).append(scheme).append("://")
                .append(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        if (port != -1 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) {
            out.append(':').append(port);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        out.append(path);
        String query = keptParameters(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static String keptParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!parameter.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }

    private static String outlet(String canonicalUrl) {
        String host = URI.create(canonicalUrl).getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
