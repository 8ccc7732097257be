package org.veille.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.veille.ingest.IngestSettings;
import org.veille.server.PageAnalyser;
import org.veille.server.ServerSettings;
import org.veille.server.VeilleServer;
import org.veille.store.ArticleStore;
import org.veille.store.Facet;
import org.veille.store.FacetCount;
import org.veille.store.Hit;
import org.veille.store.Query;
import org.veille.store.RecordType;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code veille bench serve}: what {@code veille serve} costs over an index. It starts the same server
 * in this process on a free loopback port, then sends it a fixed mix of requests over real HTTP, one at
 * a time, and reports each kind's latency (wall clock, request sent to body read) and the heap: its
 * peak while serving, and what stays in use after a collection.
 *
 * <p>The mix is drawn from the index itself, so any index will do: speakers and entities from its
 * facets (the well-known more often), words from the titles of its newest articles, article ids from
 * hits. Page analysis ({@code POST /api/analyze}) is left out: it loads the analysis models, whose
 * cost {@code veille bench analyze} reports. The HTTP client shares the JVM; its own heap is small next
 * to the server's.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"The HTTP API's latencies (p50/p95/p99) and serve's peak heap over an index, e.g. one built by",
                "'veille bench store --index DIR': search, filters, facets, entity pages, articles and the UI page."})
final class BenchServe implements Callable<Integer> {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "veille-data", description = "the index folder (default: ${DEFAULT-VALUE})")
    Path index;

    @Option(names = "--requests", defaultValue = "200", description = "timed requests of each kind (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the request mix (default: ${DEFAULT-VALUE})")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (requests < 1) {
            throw new ParameterException(spec.commandLine(), "--requests must be at least 1: " + requests);
        }
        if (!Files.isDirectory(index)) {
            throw new ParameterException(spec.commandLine(), "--index must be an index folder: " + index);
        }
        ArticleStore store;
        try {
            store = ArticleStore.open(index);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = new PrintWriter(System.out, true);
        ServerSettings settings = ServerSettings.defaults().withPort(0);
        try (store; VeilleServer server = new VeilleServer(store, new PageAnalyser(IngestSettings.defaults(), List.of()), settings)) {
            server.start();
            long articles = store.count(Query.all().type(RecordType.ARTICLE));
            long maxHeap = Runtime.getRuntime().maxMemory();
            out.printf("bench serve: %s (%,d articles) on %s, JVM max heap %d MB%n", index, articles, server.uri(), maxHeap >> 20);
            HttpClient client = HttpClient.newHttpClient();
            Map<String, List<String>> warmUp;
            Map<String, List<String>> timed;
            try {
                Draws draws = Draws.of(store);
                warmUp = mix(draws, new SplittableRandom(seed ^ 0x5EED), Math.max(1, requests / 4));
                timed = mix(draws, new SplittableRandom(seed), requests);
            } catch (IllegalStateException e) {
                throw new ParameterException(spec.commandLine(), "the index in " + index + ": " + e.getMessage());
            }
            for (List<String> paths : warmUp.values()) {
                for (String path : paths) {
                    send(client, server.uri(), path);
                }
            }
            HeapPeaks.reset();
            out.printf("requests: %d of each kind, one at a time, wall-clock latency in ms after %d warm-up requests of each%n",
                    requests, Math.max(1, requests / 4));
            out.printf("  %-36s %8s %8s %8s %8s%n", "kind", "p50", "p95", "p99", "max");
            List<Double> all = new ArrayList<>();
            for (Map.Entry<String, List<String>> kind : timed.entrySet()) {
                List<Double> millis = new ArrayList<>();
                for (String path : kind.getValue()) {
                    long start = System.nanoTime();
                    send(client, server.uri(), path);
                    millis.add((System.nanoTime() - start) / 1e6);
                }
                all.addAll(millis);
                millis.sort(null);
                row(out, kind.getKey(), millis);
            }
            all.sort(null);
            row(out, "all kinds", all);
            long peak = Math.min(HeapPeaks.sum(), maxHeap);
            HeapPeaks.reset();
            out.printf("  peak heap while serving: at most %d MB (sum of heap pool peaks); in use after a collection: %d MB%n",
                    peak >> 20, HeapPeaks.used() >> 20);
        }
        return VeilleCommand.OK;
    }

    private static void row(PrintWriter out, String kind, List<Double> sorted) {
        out.printf(Locale.ROOT, "  %-36s %8.2f %8.2f %8.2f %8.2f%n", kind, BenchStore.percentile(sorted, 50),
                BenchStore.percentile(sorted, 95), BenchStore.percentile(sorted, 99), sorted.get(sorted.size() - 1));
    }

    /** GETs {@code path}; anything but 200 stops the bench, since it would time an error page. */
    private static void send(HttpClient client, URI base, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    /** What requests are drawn from, read from the index once: its names, words and ids. */
    private record Draws(List<String> speakers, List<String> entities, List<String> words, List<String> ids) {
        static Draws of(ArticleStore store) {
            List<Hit> newest = store.search(Query.all().type(RecordType.ARTICLE).page(0, 200)).hits();
            return new Draws(values(store.top(Facet.SPEAKERS, Query.all(), 200)), values(store.top(Facet.ENTITIES, Query.all(), 200)),
                    titleWords(newest), newest.stream().map(Hit::articleId).toList());
        }
    }

    /** Each kind's request paths. */
    private static Map<String, List<String>> mix(Draws draws, SplittableRandom random, int n) {
        Map<String, List<String>> mix = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String word = pick(draws.words(), random);
            String speaker = pick(draws.speakers(), random);
            String entity = pick(draws.entities(), random);
            add(mix, "search, one word", "api/search?q=" + encode(word));
            add(mix, "search, two words", "api/search?q=" + encode(word + " " + pick(draws.words(), random)));
            add(mix, "search + speaker, quotes", "api/search?kind=quote&q=" + encode(word) + "&speaker=" + encode(speaker));
            add(mix, "quotes by a speaker", "api/search?kind=quote&speaker=" + encode(speaker));
            add(mix, "top speakers about an entity", "api/facets/speakers?entity=" + encode(entity));
            add(mix, "articles per day about an entity", "api/facets/days?entity=" + encode(entity));
            add(mix, "entity page", "api/entities/" + encode(random.nextBoolean() ? entity : speaker).replace("+", "%20"));
            add(mix, "article by id", "api/articles/" + encode(pick(draws.ids(), random)));
            add(mix, "web UI page", "");
        }
        return mix;
    }

    private static void add(Map<String, List<String>> mix, String kind, String path) {
        mix.computeIfAbsent(kind, k -> new ArrayList<>()).add(path);
    }

    private static List<String> values(List<FacetCount> counts) {
        return counts.stream().map(FacetCount::value).toList();
    }

    /** Words of five letters or more from the titles: the kind of word a reader searches for. */
    private static List<String> titleWords(List<Hit> hits) {
        Set<String> words = new LinkedHashSet<>();
        for (Hit hit : hits) {
            if (hit.title() != null) {
                for (String word : hit.title().split("[^\\p{L}]+")) {
                    if (word.length() >= 5) {
                        words.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return List.copyOf(words);
    }

    /** Zipf-like: the first values (the most counted) come up most often, as users ask for them. */
    private static String pick(List<String> values, SplittableRandom random) {
        if (values.isEmpty()) {
            throw new IllegalStateException("nothing to draw requests from (it needs named speakers, entities and titled articles)");
        }
        return values.get(SyntheticArticles.zipf(random, values.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
