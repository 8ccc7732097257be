package org.veille.ingest.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.veille.model.FeedItem;
import org.veille.output.AtomicFiles;

/**
 * What Veille remembers about each feed between runs: the validators of its last complete read
 * ({@code ETag}, {@code Last-Modified}) for a conditional GET, and the items already made into
 * articles (by link and by guid), so neither the unchanged feed nor a seen item is fetched again.
 *
 * <p>Kept as JSON ({@code veille.feeds/1}), written atomically by {@link #save()}; a state without a
 * file remembers for the run only. Thread-safe: workers record items as they finish.
 */
public final class FeedState {
    /** The file format's name and version. */
    public static final String SCHEMA = "veille.feeds/1";

    /**
     * Items remembered per feed. A feed lists its latest 10 to 100 items, and an item that has left
     * it never comes back, so the newest few thousand are all that can ever match.
     */
    static final int MAX_SEEN_PER_FEED = 5_000;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Map<String, Memory> feeds = new TreeMap<>();

    private FeedState(Path file) {
        this.file = file;
    }

    /** A state that lives for this run only. */
    public static FeedState inMemory() {
        return new FeedState(null);
    }

    /** The state kept in {@code file}; empty when the file does not exist yet. */
    public static FeedState load(Path file) throws IOException {
        FeedState state = new FeedState(file);
        if (!Files.exists(file)) {
            return state;
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new IOException("the feed state " + file + " is not valid JSON (" + e.getOriginalMessage()
                    + "); delete it to start afresh", e);
        }
        if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
            throw new IOException("the feed state " + file + " is not a " + SCHEMA + " file; delete it to start afresh");
        }
        root.path("feeds").fields().forEachRemaining(entry -> {
            JsonNode node = entry.getValue();
            Memory memory = new Memory();
            memory.etag = textOrNull(node, "etag");
            memory.lastModified = textOrNull(node, "lastModified");
            node.path("seen").forEach(seen -> memory.seen.add(seen.asText()));
            state.feeds.put(entry.getKey(), memory);
        });
        return state;
    }

    /** The headers of a conditional GET for {@code feedUrl}: empty when nothing is remembered. */
    public synchronized Map<String, String> conditionalHeaders(String feedUrl) {
        Memory memory = feeds.get(feedUrl);
        Map<String, String> headers = new LinkedHashMap<>();
        if (memory != null && memory.etag != null) {
            headers.put("If-None-Match", memory.etag);
        }
        if (memory != null && memory.lastModified != null) {
            headers.put("If-Modified-Since", memory.lastModified);
        }
        return headers;
    }

    /** Whether the item was made into an article on an earlier read of its feed (same link or guid). */
    public synchronized boolean seen(FeedItem item) {
        Memory memory = feeds.get(item.feed());
        return memory != null && (memory.seen.contains(item.link()) || (item.guid() != null && memory.seen.contains(item.guid())));
    }

    /** Remembers an item made into an article. */
    public synchronized void markSeen(FeedItem item) {
        Memory memory = feeds.computeIfAbsent(item.feed(), url -> new Memory());
        memory.remember(item.link());
        if (item.guid() != null) {
            memory.remember(item.guid());
        }
    }

    /** Remembers the validators of a read whose every item became an article; null ones forget the old. */
    public synchronized void rememberValidators(String feedUrl, String etag, String lastModified) {
        Memory memory = feeds.computeIfAbsent(feedUrl, url -> new Memory());
        memory.etag = etag;
        memory.lastModified = lastModified;
    }

    /** The file this state is kept in, when it has one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Writes the state to its file (a temporary file moved into place), when it has one. */
    public synchronized void save() throws IOException {
        if (file == null) {
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        ObjectNode all = root.putObject("feeds");
        feeds.forEach((url, memory) -> {
            ObjectNode node = all.putObject(url);
            node.put("etag", memory.etag);
            node.put("lastModified", memory.lastModified);
            ArrayNode seen = node.putArray("seen");
            memory.seen.forEach(seen::add);
        });
        AtomicFiles.write(file, out -> JSON.writeValue(out, root));
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    /** One feed's memory; guarded by the state's lock. */
    private static final class Memory {
        String etag;
        String lastModified;
        /** Insertion order, so the oldest are forgotten first. */
        final LinkedHashSet<String> seen = new LinkedHashSet<>();

        void remember(String key) {
            seen.remove(key);
            seen.add(key);
            if (seen.size() > MAX_SEEN_PER_FEED) {
                Iterator<String> oldest = seen.iterator();
                oldest.next();
                oldest.remove();
            }
        }
    }

    /** For tests: the remembered keys of a feed. */
    synchronized List<String> seenKeys(String feedUrl) {
        Memory memory = feeds.get(feedUrl);
        return memory == null ? List.of() : new ArrayList<>(memory.seen);
    }
}
