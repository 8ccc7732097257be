package org.veille.eval.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the French news quotation set ({@code quotes/fr-news-dev}): {@code gold.jsonl}, one article per
 * line with its cleaned text and annotated quotes; {@code dumps/<id>.txt}, a plain-text dump of each
 * page; the pages' HTML in the extraction sets beside it ({@code ../../extraction/<html>.gz}).
 *
 * <p>Gold offsets are Python string indices, that is code points, as Veille's offsets are. Unnamed
 * sources are written {@code "anonymous: <description>"}; the prefix becomes {@link GoldQuote#anonymous()}.
 */
public final class FrNewsQuoteSet {
    private static final String ANONYMOUS = "anonymous:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FrNewsQuoteSet() {
    }

    /** Whether a folder looks like this set. */
    public static boolean recognises(Path folder) {
        return Files.isRegularFile(folder.resolve("gold.jsonl")) && Files.isDirectory(folder.resolve("dumps"));
    }

    public static List<GoldArticle> read(Path folder) {
        return read(folder, (article, record) -> article);
    }

    /**
     * Reads the set once, giving each article together with its JSON record to {@code reader}, for
     * readers that need more of the record than the quotations (the entity list, for clustering).
     */
    public static <T> List<T> read(Path folder, BiFunction<GoldArticle, JsonNode, T> reader) {
        Path extraction = folder.resolve("../../extraction").normalize();
        List<T> articles = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(folder.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode record = JSON.readTree(line);
                    articles.add(reader.apply(article(record, folder, extraction), record));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder.resolve("gold.jsonl"), e);
        }
        return articles;
    }

    private static GoldArticle article(JsonNode node, Path folder, Path extraction) {
        String id = node.path("id").asText();
        String text = node.path("text").asText();
        List<GoldQuote> quotes = new ArrayList<>();
        for (JsonNode q : node.path("quotes")) {
            quotes.add(quote(q, text, id));
        }
        Path html = null;
        if (node.hasNonNull("html")) {
            Path candidate = extraction.resolve(node.get("html").asText() + ".gz");
            html = Files.isRegularFile(candidate) ? candidate : null;
        }
        Path dump = folder.resolve("dumps").resolve(id + ".txt");
        return new GoldArticle(id, html, Files.isRegularFile(dump) ? dump : null, text, quotes);
    }

    private static GoldQuote quote(JsonNode q, String articleText, String id) {
        int start = q.path("start").asInt();
        int end = q.path("end").asInt();
        String text = q.path("text").asText();
        int from = articleText.offsetByCodePoints(0, start);
        int to = articleText.offsetByCodePoints(from, end - start);
        if (!articleText.substring(from, to).equals(text)) {
            throw new IllegalStateException("article " + id + ": quote offsets [" + start + ", " + end
                    + ") do not hold its text \"" + text + "\"");
        }
        String speaker = q.hasNonNull("speaker") ? q.get("speaker").asText() : null;
        boolean anonymous = speaker != null && speaker.startsWith(ANONYMOUS);
        if (anonymous) {
            speaker = speaker.substring(ANONYMOUS.length()).trim();
        }
        return new GoldQuote(textOrNull(q, "kind"), text, start, end, speaker, strings(q.path("co_speakers")),
                strings(q.path("speaker_aliases")), anonymous, textOrNull(q, "speaker_resolution"), textOrNull(q, "cue"), null);
    }

    private static String textOrNull(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    /** The texts of a JSON array of strings. */
    public static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
