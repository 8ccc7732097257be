package org.veille.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.model.FeedItem;

/** Workers record items while the state is saved: nothing is lost and nothing throws. */
class FeedStateConcurrencyTest {
    private static final int WORKERS = 8;
    private static final int FEEDS = 4;
    private static final int ITEMS_PER_WORKER = 400;

    @Test
    void many_threads_mark_items_while_save_runs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("feeds.json");
        FeedState state = FeedState.load(file);
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS + 1);
        AtomicBoolean working = new AtomicBoolean(true);
        try {
            // Saves over and over while the workers write, as the end of a segment does during another's work.
            Future<Integer> saver = pool.submit(() -> {
                int saves = 0;
                while (working.get() || saves == 0) {
                    state.save();
                    saves++;
                }
                return saves;
            });
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                int worker = w;
                workers.add(pool.submit(() -> {
                    for (int i = 0; i < ITEMS_PER_WORKER; i++) {
                        FeedItem item = item(worker, i);
                        state.markSeen(item);
                        assertTrue(state.seen(item));
                        state.rememberValidators(item.feed(), "\"e" + worker + "\"", null);
                        state.conditionalHeaders(item.feed());
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            working.set(false);
            assertTrue(saver.get() > 0);
        } finally {
            pool.shutdownNow();
        }
        state.save();

        FeedState reloaded = FeedState.load(file);
        for (int f = 0; f < FEEDS; f++) {
            String feed = feed(f);
            int expected = WORKERS / FEEDS * ITEMS_PER_WORKER;
            assertEquals(expected, new HashSet<>(reloaded.seenKeys(feed)).size(), feed);
            assertEquals(expected, reloaded.seenKeys(feed).size(), "no key twice in " + feed);
            assertEquals(1, reloaded.conditionalHeaders(feed).size());
        }
        for (int w = 0; w < WORKERS; w++) {
            for (int i = 0; i < ITEMS_PER_WORKER; i++) {
                assertTrue(reloaded.seen(item(w, i)), "item " + i + " of worker " + w);
            }
        }
        assertEquals(Map.of(), reloaded.conditionalHeaders("https://example.org/never-read"));
    }

    private static String feed(int f) {
        return "https://example.org/feed-" + f + ".xml";
    }

    /** Workers share feeds (two per feed), each with links of its own. */
    private static FeedItem item(int worker, int i) {
        return new FeedItem(feed(worker % FEEDS), "https://example.org/w" + worker + "/" + i, null, null, List.of(), null);
    }
}
