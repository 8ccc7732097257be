package org.veille.extract.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.veille.extract.Whitespace;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds author names: JSON-LD persons first, then author meta tags, then byline markup. Everything
 * that is not a name is stripped ("By", dates, "Email the author", roles after a comma, site names).
 */
public final class AuthorFinder {
    private static final Pattern PREFIX = Pattern.compile(
            "^(?i)(?:written\\s+by|posted\\s+by|story\\s+by|words\\s+by|reported\\s+by|by|par|von|por|di|da|door|autor(?:e|in)?:?|author:?|auteur:?)\\s+");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bet\\b|\\bund\\b|\\by\\b|\\be\\b|\\ben\\b|\\bi\\b|\\|)\\s*");
    private static final Pattern NOISE = Pattern.compile(
            "(?i)(email|e-mail|follow|twitter|updated|published|posted|staff|reporter|correspondent|editor|contributor|"
                    + "writer|columnist|journalist|photograph|\\bnews\\b|agency|associated press|reuters|afp|\\bap\\b|admin|r[ée]daction|redaktion|\\bteam\\b|guest|anonym|"
                    + "@|https?:|www\\.|\\d)");
    private static final Pattern NAME_WORD = Pattern.compile("^[\\p{Lu}][\\p{L}'’.\\-]*$|^(?:de|da|van|von|der|den|du|le|la|del|di|bin|al|ibn|y|dos|das)$");
    private static final int MAX_AUTHORS = 8;

    List<String> find(Document document, MetaTags meta, JsonNode article, String siteName) {
        Set<String> names = new LinkedHashSet<>();
        if (article != null) {
            fromJsonLd(article.get("author"), names, siteName);
            if (names.isEmpty()) {
                fromJsonLd(article.get("creator"), names, siteName);
            }
        }
        if (names.isEmpty()) {
            for (String key : List.of("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                    "dcterms.creator", "citation_author", "byl", "og:article:author", "twitter:data1")) {
                for (String value : meta.all(key)) {
                    if (key.equals("twitter:data1") && !"written by".equalsIgnoreCase(meta.first("twitter:label1"))) {
                        continue;
                    }
                    addNames(value, names, siteName);
                }
                if (!names.isEmpty()) {
                    break;
                }
            }
        }
        if (names.isEmpty() && document.body() != null) {
            fromMarkup(document.body(), names, siteName);
        }
        List<String> result = new ArrayList<>(names);
        return result.size() > MAX_AUTHORS ? result.subList(0, MAX_AUTHORS) : result;
    }

    private void fromJsonLd(JsonNode author, Set<String> names, String siteName) {
        if (author == null || author.isNull()) {
            return;
        }
        if (author.isArray()) {
            author.forEach(a -> fromJsonLd(a, names, siteName));
            return;
        }
        if (author.isObject()) {
            List<String> types = JsonLdReader.types(author);
            if (types.contains("organization") || types.contains("newsmediaorganization")) {
                return;
            }
            String name = JsonLdReader.textOf(author.get("name"));
            if (name != null) {
                addNames(name, names, siteName);
            }
            return;
        }
        addNames(author.asText(), names, siteName);
    }

    private void fromMarkup(Element body, Set<String> names, String siteName) {
        Elements candidates = body.select("[itemprop=author], [rel=author], a[href*=/author/], a[href*=/authors/], "
                + "[class~=(?i)(^|[-_ ])(byline|author|author-name|authors|by-author|contributor)([-_ ]|$)]");
        for (Element candidate : candidates) {
            Element named = candidate.selectFirst("[itemprop=name]");
            String text = (named != null ? named : candidate).text();
            if (text.length() > 120) {
                continue;
            }
            addNames(text, names, siteName);
            if (names.size() >= 1 && !candidate.is("[itemprop=author]")) {
                break;
            }
        }
    }

    /** The person names in a byline such as "Par Jean Dupont et Marie Curie, envoyée spéciale". */
    public List<String> namesIn(String byline, String siteName) {
        Set<String> names = new LinkedHashSet<>();
        addNames(byline, names, siteName);
        return new ArrayList<>(names);
    }

    /** Splits a byline into names and keeps only what reads as a person's name. */
    void addNames(String byline, Set<String> names, String siteName) {
        if (byline == null) {
            return;
        }
        String text = Whitespace.normalize(byline);
        if (text.isEmpty() || text.startsWith("http") || text.length() > 200) {
            return;
        }
        text = text.replaceAll("\\(.*?\\)", " ").replaceAll("\\s+", " ").trim();
        for (String part : SPLIT.split(stripPrefix(text))) {
            String name = stripPrefix(part.trim()).replaceAll("^[\\s:|\\-–—]+|[\\s:|\\-–—.,]+$", "");
            if (isName(name, siteName)) {
                names.add(name);
            }
        }
    }

    private static String stripPrefix(String text) {
        String previous;
        String current = text;
        do {
            previous = current;
            current = PREFIX.matcher(current).replaceFirst("").trim();
        } while (!current.equals(previous));
        return current;
    }

    static boolean isName(String name, String siteName) {
        if (name.length() < 3 || name.length() > 60 || NOISE.matcher(name).find()) {
            return false;
        }
        if (siteName != null && name.toLowerCase(Locale.ROOT).contains(siteName.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String[] words = name.split("\\s+");
        if (words.length > 5) {
            return false;
        }
        int capitalised = 0;
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches()) {
                return false;
            }
            if (Character.isUpperCase(word.codePointAt(0))) {
                capitalised++;
            }
        }
        return capitalised >= 1;
    }
}
