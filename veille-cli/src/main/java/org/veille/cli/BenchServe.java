package org.veille.cli;

import java.io.File;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;

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

import com.fasterxml.jackson.databind.JsonNode;

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
 *
 * <p>Then, when a Chromium is installed, the web UI's first render: the front page and word searches,
 * each loaded in a fresh document of a headless browser ({@link HeadlessChromium}), timed by the page's
 * own clocks from the start of the navigation to DOMContentLoaded, to the load event, and to the first
 * results on screen (the mark {@code search.js} sets once the results and facets are drawn). The front
 * page's first load meets a cold server and an empty browser cache, as a user's first visit does, and
 * the first search follows it; each page's first load is reported apart from the others.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"The HTTP API's latencies (p50/p95/p99) and serve's peak heap over an index, e.g. one built by",
                "'veille bench store --index DIR': search, filters, facets, entity pages, articles and the UI page;",
                "before any request, the web UI's first render in a headless Chromium, when one is installed."})
final class BenchServe implements Callable<Integer> {
    /**
     * Ready once {@code search.js} has drawn the first results and the load event is over: then the
     * navigation's timings, in ms from its start.
     */
    private static final String READY = "window.veilleFirstResults ? (() => {"
            + " const n = performance.getEntriesByType('navigation')[0];"
            + " return n && n.loadEventEnd > 0"
            + " ? {domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd, results: window.veilleFirstResults} : null;"
            + " })() : null";
    /** How long a page or the browser may take before the render is reported as failed. */
    private static final Duration UI_PATIENCE = Duration.ofSeconds(60);

    private static final String TRIPLE_HEAD = String.format(Locale.ROOT, "%8s %8s %8s", "first", "median", "max");

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "veille-data", description = "the index folder (default: ${DEFAULT-VALUE})")
    Path index;

    @Option(names = "--requests", defaultValue = "200", description = "timed requests of each kind (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the request mix (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--ui-loads", paramLabel = "N", defaultValue = "5",
            description = "loads of each UI page in a headless Chromium; 0 leaves the browser out (default: ${DEFAULT-VALUE})")
    int uiLoads;

    @Option(names = "--chromium", paramLabel = "PATH",
            description = "the Chromium to time the UI in (default: chromium, chromium-browser or google-chrome on the PATH)")
    Path chromium;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (requests < 1) {
            throw new ParameterException(spec.commandLine(), "--requests must be at least 1: " + requests);
        }
        if (uiLoads < 0) {
            throw new ParameterException(spec.commandLine(), "--ui-loads must be 0 or more: " + uiLoads);
        }
        if (chromium != null && !Files.isExecutable(chromium)) {
            throw new ParameterException(spec.commandLine(), "--chromium must be an executable: " + chromium);
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
        PrintWriter out = Console.out();
        ServerSettings settings = ServerSettings.defaults().withPort(0);
        try (store; VeilleServer server = new VeilleServer(store, new PageAnalyser(IngestSettings.defaults(), List.of()), settings)) {
            server.start();
            long articles = store.count(Query.all().type(RecordType.ARTICLE));
            long maxHeap = Runtime.getRuntime().maxMemory();
            out.printf(Locale.ROOT, "bench serve: %s (%,d articles) on %s, JVM max heap %d MB, collector %s%n", index, articles, server.uri(),
                    maxHeap >> 20, HeapPeaks.collectors());
            HttpClient client = HttpClient.newHttpClient();
            int warmUpRequests = Math.max(1, requests / 4);
            Map<String, List<String>> warmUp;
            Map<String, List<String>> timed;
            Draws draws;
            try {
                draws = Draws.of(store);
                warmUp = mix(draws, new SplittableRandom(seed ^ 0x5EED), warmUpRequests);
                timed = mix(draws, new SplittableRandom(seed), requests);
            } catch (IllegalStateException e) {
                throw new ParameterException(spec.commandLine(), "the index in " + index + ": " + e.getMessage());
            }
            // Before any request: the first load is a first visit to a server that has answered nothing yet.
            if (uiLoads > 0) {
                uiRender(out, server.uri(), draws);
            }
            for (List<String> paths : warmUp.values()) {
                for (String path : paths) {
                    send(client, server.uri(), path);
                }
            }
            HeapPeaks.reset();
            out.printf(Locale.ROOT, "requests: %d of each kind, one at a time, wall-clock latency in ms after %d warm-up requests of each%n",
                    requests, warmUpRequests);
            out.printf(Locale.ROOT, "  %-36s %8s %8s %8s %8s%n", "kind", "p50", "p95", "p99", "max");
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
            out.printf(Locale.ROOT, "  peak heap while serving: at most %d MB (sum of heap pool peaks); in use after a collection: %d MB%n",
                    peak >> 20, HeapPeaks.used() >> 20);
        }
        return VeilleCommand.OK;
    }

    /** The render times of the front page and of word searches, or why they could not be taken. */
    private void uiRender(PrintWriter out, URI base, Draws draws) throws InterruptedException {
        Path executable = chromium != null ? chromium : onPath("chromium", "chromium-browser", "google-chrome");
        if (executable == null) {
            out.println("ui render: skipped, no Chromium on the PATH ('--chromium PATH' names one; '--ui-loads 0' leaves it out)");
            return;
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0xB0B);
        Map<String, List<PageTimes>> pages = new LinkedHashMap<>();
        String browser;
        try (HeadlessChromium chrome = HeadlessChromium.start(executable, UI_PATIENCE)) {
            browser = chrome.version();
            for (int i = 0; i < uiLoads; i++) {
                pages.computeIfAbsent("front page (all documents)", k -> new ArrayList<>()).add(PageTimes.of(chrome.open(base, READY, UI_PATIENCE)));
                URI search = base.resolve("#/search?q=" + encode(pick(draws.words(), random)));
                pages.computeIfAbsent("search, one word", k -> new ArrayList<>()).add(PageTimes.of(chrome.open(search, READY, UI_PATIENCE)));
            }
        } catch (IOException e) {
            out.println("ui render: failed, " + e.getMessage());
            return;
        }
        out.printf(Locale.ROOT, "ui render: %s, headless (%s), %d loads of each page, each in a fresh document; ms from the start of the navigation%n",
                browser, executable, uiLoads);
        out.printf(Locale.ROOT, "  %-28s %-28s %-28s %s%n", "", "first results on screen", "DOMContentLoaded", "load event");
        out.printf(Locale.ROOT, "  %-28s %s  %s  %s%n", "page", TRIPLE_HEAD, TRIPLE_HEAD, TRIPLE_HEAD);
        for (Map.Entry<String, List<PageTimes>> page : pages.entrySet()) {
            List<PageTimes> loads = page.getValue();
            out.printf(Locale.ROOT, "  %-28s %s  %s  %s%n", page.getKey(), triple(loads, PageTimes::results),
                    triple(loads, PageTimes::domContentLoaded), triple(loads, PageTimes::load));
        }
    }

    /** The first load's value, then the median and maximum of the later ones (or of the first, alone). */
    private static String triple(List<PageTimes> loads, ToDoubleFunction<PageTimes> value) {
        List<Double> later = loads.subList(Math.min(1, loads.size() - 1), loads.size()).stream().map(value::applyAsDouble).sorted().toList();
        return String.format(Locale.ROOT, "%8.1f %8.1f %8.1f", value.applyAsDouble(loads.get(0)),
                BenchStore.percentile(later, 50), later.get(later.size() - 1));
    }

    /** One page load's times, ms from the start of its navigation. */
    private record PageTimes(double results, double domContentLoaded, double load) {
        static PageTimes of(JsonNode times) {
            return new PageTimes(times.path("results").asDouble(), times.path("domContentLoaded").asDouble(), times.path("load").asDouble());
        }
    }

    /** The first of {@code names} found as an executable in a folder of the PATH, or null. */
    private static Path onPath(String... names) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String name : names) {
            for (String folder : path.split(File.pathSeparator)) {
                if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, name))) {
                    return Path.of(folder, name);
                }
            }
        }
        return null;
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
