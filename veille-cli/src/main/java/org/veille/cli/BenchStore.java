package org.veille.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.veille.model.ArticleError;
import org.veille.model.ArticleRecord;
import org.veille.model.ErrorKind;
import org.veille.model.Source;
import org.veille.store.ArticleStore;
import org.veille.store.Facet;
import org.veille.store.IngestSummary;
import org.veille.store.Query;
import org.veille.store.RecordType;
import org.veille.store.StoreWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code veille bench store}: the store's ingest rate, index size, query latencies and peak heap, on a
 * synthetic corpus of analysed articles ({@link SyntheticArticles}) so that it measures the store alone.
 *
 * <p>Before the timed ingest, a warm-up ingests articles of another corpus (same templates, other seed)
 * into a throwaway index, as JMH runs warm-up iterations: a fresh JVM runs the indexing code
 * interpreted until the JIT has compiled it, and that first stretch (about a fifth slower over twenty
 * thousand articles) says nothing about a long ingest. {@code --warm-up 0} times a cold JVM.
 *
 * <p>Records are generated on a thread of their own and handed over through a bounded queue, so the
 * ingesting thread does only the store's work. Ingest is reported three ways: articles per CPU-second
 * of the ingesting thread (what one core does; other processes on the machine do not count), per
 * CPU-second of the whole process minus the generating thread (adds Lucene's background merges, GC and
 * JIT), and per wall-clock second. Queries then run one at a time on a fresh reader of the committed
 * index, after a warm-up, and each kind's latencies (wall clock) are reported as percentiles.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = {"Store speed on a synthetic corpus of analysed articles: ingest articles/s per core, index size,",
                "search and facet latencies (p50/p95/p99) and peak heap."})
final class BenchStore implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "100000", description = "articles to generate and ingest (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--index", paramLabel = "DIR",
            description = "where to build the index (must not hold one); kept afterwards. Default: a temporary folder, deleted")
    Path index;

    @Option(names = "--queries", defaultValue = "200", description = "timed queries of each kind (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--seed", defaultValue = "1", description = "corpus and query seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--warm-up", defaultValue = "10000", paramLabel = "ARTICLES",
            description = "articles of another synthetic corpus ingested first into a throwaway index, untimed, so that "
                    + "the timed ingest runs compiled code (default: ${DEFAULT-VALUE}; 0 for a cold JVM)")
    int warmUp;

    @Option(names = "--commit-every", defaultValue = "" + StoreWriter.DEFAULT_COMMIT_EVERY,
            description = "articles per commit (default: ${DEFAULT-VALUE})")
    int commitEvery;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        validate();
        boolean temporary = index == null;
        Path dir = temporary ? Files.createTempDirectory("veille-bench-store") : index;
        try {
            run(dir, Console.out());
        } finally {
            if (temporary) {
                Folders.delete(dir);
            }
        }
        return VeilleCommand.OK;
    }

    private void validate() throws IOException {
        if (articles < 1) {
            throw new ParameterException(spec.commandLine(), "--articles must be at least 1: " + articles);
        }
        if (queries < 1) {
            throw new ParameterException(spec.commandLine(), "--queries must be at least 1: " + queries);
        }
        if (warmUp < 0) {
            throw new ParameterException(spec.commandLine(), "--warm-up must be 0 or more: " + warmUp);
        }
        if (commitEvery < 1) {
            throw new ParameterException(spec.commandLine(), "--commit-every must be at least 1: " + commitEvery);
        }
        if (index != null && Files.isDirectory(index)) {
            try (Stream<Path> files = Files.list(index)) {
                if (files.findAny().isPresent()) {
                    throw new ParameterException(spec.commandLine(), "--index must be a new or empty folder: " + index);
                }
            }
        }
    }

    private void run(Path dir, PrintWriter out) throws Exception {
        SyntheticArticles corpus = new SyntheticArticles(seed);
        long maxHeap = Runtime.getRuntime().maxMemory();
        out.printf(Locale.ROOT, "bench store: %,d synthetic articles (seed %d), index %s, JVM max heap %d MB, %s, collector %s%n",
                articles, seed, dir, maxHeap >> 20, HeapPeaks.cores(), HeapPeaks.collectors());

        if (warmUp > 0) {
            Path scratch = Files.createTempDirectory("veille-bench-warm-up");
            try {
                Ingest warm = ingest(new SyntheticArticles(~seed), warmUp, scratch);
                out.printf(Locale.ROOT, "warm-up: %,d articles of another corpus into a throwaway index, untimed "
                        + "(%.0f articles per CPU-second of the ingesting thread while the JIT compiled)%n",
                        warmUp, warmUp / warm.threadCpuSeconds);
            } finally {
                Folders.delete(scratch);
            }
        }
        HeapPeaks.reset();
        Ingest ingest = ingest(corpus, articles, dir);
        long ingestPeak = Math.min(HeapPeaks.sum(), maxHeap);
        long size = size(dir);
        out.println();
        out.println("ingest: " + ingest.summary);
        out.printf(Locale.ROOT, "  %,d Lucene documents (%.1f per article), index on disk %,d MB (%.1f KB per article)%n",
                ingest.documents, ingest.documents / (double) articles, size >> 20, size / 1024.0 / articles);
        out.printf(Locale.ROOT, "  %-52s %10.0f articles/s%n", "per CPU-second of the ingesting thread (one core):",
                articles / ingest.threadCpuSeconds);
        out.printf(Locale.ROOT, "  %-52s %10.0f articles/s%n", "per CPU-second of the process (+ merges, GC, JIT):",
                articles / ingest.processCpuSeconds);
        out.printf(Locale.ROOT, "  %-52s %10.0f articles/s  (%.1f s)%n", "per wall-clock second:",
                articles / ingest.wallSeconds, ingest.wallSeconds);
        out.printf(Locale.ROOT, "  peak heap during ingest: at most %d MB (sum of heap pool peaks, bounded by max heap)%n", ingestPeak >> 20);

        try (ArticleStore store = ArticleStore.open(dir)) {
            Map<String, List<Supplier<Object>>> warmUp = mix(corpus, store, new SplittableRandom(seed ^ 0x5EED), Math.max(1, queries / 4));
            Map<String, List<Supplier<Object>>> timed = mix(corpus, store, new SplittableRandom(seed + 1), queries);
            for (List<Supplier<Object>> kind : warmUp.values()) {
                kind.forEach(Supplier::get);
            }
            HeapPeaks.reset();
            out.println();
            out.printf(Locale.ROOT, "queries: %d of each kind, one at a time, wall-clock latency in ms after %d warm-up queries of each%n",
                    queries, Math.max(1, queries / 4));
            out.printf(Locale.ROOT, "  %-44s %8s %8s %8s %8s %10s%n", "kind", "p50", "p95", "p99", "max", "mean hits");
            List<Double> all = new ArrayList<>();
            for (Map.Entry<String, List<Supplier<Object>>> kind : timed.entrySet()) {
                List<Double> millis = new ArrayList<>();
                long results = 0;
                for (Supplier<Object> query : kind.getValue()) {
                    long start = System.nanoTime();
                    Object result = query.get();
                    millis.add((System.nanoTime() - start) / 1e6);
                    results += result instanceof Number n ? n.longValue() : ((List<?>) result).size();
                }
                all.addAll(millis);
                millis.sort(null);
                out.printf(Locale.ROOT, "  %-44s %8.2f %8.2f %8.2f %8.2f %10.1f%n", kind.getKey(), percentile(millis, 50),
                        percentile(millis, 95), percentile(millis, 99), millis.get(millis.size() - 1),
                        results / (double) millis.size());
            }
            all.sort(null);
            out.printf(Locale.ROOT, "  %-44s %8.2f %8.2f %8.2f %8.2f%n", "all kinds", percentile(all, 50),
                    percentile(all, 95), percentile(all, 99), all.get(all.size() - 1));
            out.printf(Locale.ROOT, "  peak heap during queries: at most %d MB%n", Math.min(HeapPeaks.sum(), maxHeap) >> 20);
        }
    }

    private record Ingest(IngestSummary summary, long documents, double threadCpuSeconds, double processCpuSeconds,
                          double wallSeconds) {
    }

    /** Generates on one thread, stores on this one; see the class comment for the three clocks. */
    private Ingest ingest(SyntheticArticles corpus, int articles, Path dir) throws Exception {
        BlockingQueue<ArticleRecord> queue = new ArrayBlockingQueue<>(256);
        ArticleRecord end = ArticleRecord.failed("end", new Source("end", null, null, -1),
                new ArticleError(ErrorKind.EMPTY, "end of the corpus"), List.of());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicLong generatorCpu = new AtomicLong();
        Thread generator = new Thread(() -> {
            try {
                for (int n = 0; n < articles; n++) {
                    queue.put(corpus.article(n));
                }
                queue.put(end);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                generatorCpu.set(threads.getCurrentThreadCpuTime());
            }
        }, "bench-store-generator");
        generator.setDaemon(true);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long processStart = os.getProcessCpuTime();
        long wallStart = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        generator.start();
        IngestSummary summary;
        long documents;
        try (StoreWriter writer = StoreWriter.open(dir, commitEvery)) {
            for (ArticleRecord record = queue.take(); record != end; record = queue.take()) {
                writer.add(record);
            }
            writer.commit();
            summary = writer.summary();
            documents = writer.store().count(Query.all().includeCopies(true));
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        generator.join();
        long process = os.getProcessCpuTime() - processStart - generatorCpu.get();
        return new Ingest(summary, documents, cpu / 1e9, process / 1e9, wall);
    }

    /**
     * The query mix, each kind a list of ready calls returning a hit count or a list of counts. Names
     * are drawn as a user would ask: the well-known more often (Zipf-like ranks), some rare ones.
     */
    private static Map<String, List<Supplier<Object>>> mix(SyntheticArticles corpus, ArticleStore store,
                                                           SplittableRandom random, int n) {
        Map<String, List<Supplier<Object>>> mix = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String language = random.nextBoolean() ? "fr" : "en";
            String word = corpus.word(language, SyntheticArticles.zipf(random, 60));
            String other = corpus.word(language, SyntheticArticles.zipf(random, 100));
            String person = corpus.person(SyntheticArticles.zipf(random, SyntheticArticles.PEOPLE));
            String famous = corpus.person(random.nextInt(20));
            String place = corpus.place(SyntheticArticles.zipf(random, SyntheticArticles.PLACES));
            LocalDate from = LocalDate.ofEpochDay(SyntheticArticles.FIRST_DAY + random.nextInt(SyntheticArticles.DAYS - 30));
            LocalDate to = from.plusDays(29);
            add(mix, "text, one word", () -> store.search(Query.text(word)).total());
            add(mix, "text, two words", () -> store.search(Query.text(word + " " + other)).total());
            add(mix, "text + 30-day range", () -> store.search(Query.text(word).from(from).to(to)).total());
            add(mix, "quotes by a speaker", () -> store.search(Query.all().speaker(person).type(RecordType.QUOTE)).total());
            add(mix, "text + speaker (quotes)", () -> store.search(Query.text(word).speaker(famous).type(RecordType.QUOTE)).total());
            add(mix, "articles about an entity", () -> store.search(Query.all().about(place).type(RecordType.ARTICLE)).total());
            add(mix, "top 10 speakers about an entity", () -> store.top(Facet.SPEAKERS, Query.all().about(place), 10));
            add(mix, "top 10 speakers, all", () -> store.top(Facet.SPEAKERS, Query.all(), 10));
            add(mix, "top 10 entities, 30-day range", () -> store.top(Facet.ENTITIES, Query.all().from(from).to(to), 10));
            add(mix, "day histogram about an entity", () -> store.days(Query.all().about(famous)));
        }
        return mix;
    }

    private static void add(Map<String, List<Supplier<Object>>> mix, String kind, Supplier<Object> query) {
        mix.computeIfAbsent(kind, k -> new ArrayList<>()).add(query);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // deleted by Lucene meanwhile
                }
            }).sum();
        }
    }

}
