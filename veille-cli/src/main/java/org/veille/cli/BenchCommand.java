package org.veille.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.veille.model.RawDocument;
import org.veille.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code veille bench extraction DIR}: throughput per core and peak heap of jsoup parsing alone and
 * of Veille's extraction, measured in one run on the same pages.
 *
 * <p>Pages are read from disk and gunzipped outside the timed region, one at a time, so the heap
 * figure is the pipeline's and not a corpus held in memory. Single-thread figures time only the
 * operation itself; the scaling figures are wall-clock over whole passes (reading included) at
 * 1..N threads.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measures speed and memory.",
        subcommands = {BenchCommand.Extraction.class, BenchAnalysis.class, BenchStore.class, BenchServe.class, BenchWarc.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing what to benchmark: extraction, analyze, store or warc");
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"jsoup parse-only vs Veille extraction, single-threaded, pages/s per core, their ratio,",
                    "scaling with threads and peak heap. DIR is an evaluation set (its html/ folder is used) or any",
                    "folder of .html/.html.gz pages."})
    static final class Extraction implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "folder of pages")
        Path dir;

        @Option(names = "--min-seconds", defaultValue = "5", description = "minimum CPU seconds per operation, measured in interleaved rounds (default: ${DEFAULT-VALUE})")
        double minSeconds;

        @Option(names = "--max-threads", description = "largest thread count for the scaling run (default: available cores)")
        Integer maxThreads;

        @Option(names = "--limit", description = "use only the first N pages")
        Integer limit;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            validate();
            List<Path> pages = pages();
            if (pages.isEmpty()) {
                throw new IllegalArgumentException("no .html or .html.gz pages under " + dir);
            }
            PrintWriter out = Console.out();
            long maxHeap = Runtime.getRuntime().maxMemory();
            out.printf(Locale.ROOT, "bench extraction: %s, %d pages, JVM max heap %d MB, %s%n", dir, pages.size(),
                    maxHeap >> 20, HeapPeaks.cores());

            Pipeline extractOnly = Pipeline.builder().withoutLanguage().build();
            Pipeline withLanguage = Pipeline.builder().build();
            Consumer<byte[]> parse = bytes -> {
                try {
                    Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            Consumer<byte[]> extract = bytes -> extractOnly.process(RawDocument.of("bench", bytes));
            Consumer<byte[]> extractLanguage = bytes -> withLanguage.process(RawDocument.of("bench", bytes));

            out.println("warming up (one pass of each)...");
            timedPass(pages, parse);
            timedPass(pages, extract);
            timedPass(pages, extractLanguage);

            HeapPeaks.reset();
            double[] rates = measureInterleaved(pages, List.of(parse, extract, extractLanguage));
            double parseRate = rates[0];
            double extractRate = rates[1];
            double languageRate = rates[2];
            long peak = HeapPeaks.sum();

            out.println();
            out.printf(Locale.ROOT, "%-34s %12s %10s %22s%n", "single thread (thread CPU time)", "pages/s/core", "ms/page", "vs parse-only");
            out.printf(Locale.ROOT, "%-34s %12.1f %10.2f %22s%n", "jsoup parse only", parseRate, 1000 / parseRate, "1.00");
            out.printf(Locale.ROOT, "%-34s %12.1f %10.2f %22s%n", "veille extract (decode+extract)", extractRate, 1000 / extractRate,
                    String.format(Locale.ROOT, "%.2f (target >= 0.67)", extractRate / parseRate));
            out.printf(Locale.ROOT, "%-34s %12.1f %10.2f %22s%n", "veille extract + language", languageRate, 1000 / languageRate,
                    String.format(Locale.ROOT, "%.2f", languageRate / parseRate));

            int threadsMax = maxThreads != null ? maxThreads : Runtime.getRuntime().availableProcessors();
            out.println();
            out.println("scaling, extract + language, wall clock over whole passes (reading included):");
            double base = 0;
            for (int threads = 1; threads <= threadsMax; threads++) {
                double rate = parallelRate(pages, extractLanguage, threads);
                if (threads == 1) {
                    base = rate;
                }
                out.printf(Locale.ROOT, "  %d thread(s): %8.1f pages/s  (%.2fx)%n", threads, rate, rate / base);
            }
            System.gc();
            long live = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            out.println();
            // The pools peak at different moments, so their sum overstates the peak; the heap can never
            // have held more than its maximum, which is then the tighter bound.
            long bound = Math.min(peak, maxHeap);
            out.printf(Locale.ROOT, "peak heap used during the single-thread runs: at most %d MB (sum of heap pool peaks %d MB, max heap %d MB)%n",
                    bound >> 20, peak >> 20, maxHeap >> 20);
            out.printf(Locale.ROOT, "heap live after the run (after GC): %d MB%n", live >> 20);
            return VeilleCommand.OK;
        }

        /** Values that would make a meaningless report (no scaling rows, no pages) are usage errors. */
        private void validate() {
            if (!(minSeconds >= 0) || Double.isInfinite(minSeconds)) {
                throw new ParameterException(spec.commandLine(), "--min-seconds must be a finite number >= 0: " + minSeconds);
            }
            if (maxThreads != null && maxThreads < 1) {
                throw new ParameterException(spec.commandLine(), "--max-threads must be at least 1: " + maxThreads);
            }
            Limits.check(limit, spec);
        }

        private List<Path> pages() throws IOException {
            Path root = Files.isDirectory(dir.resolve("html")) ? dir.resolve("html") : dir;
            if (!Files.isDirectory(root)) {
                throw new IllegalArgumentException("not a folder: " + dir);
            }
            try (Stream<Path> files = Files.walk(root)) {
                List<Path> pages = new ArrayList<>(files.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz")
                                || p.toString().endsWith(".htm"))
                        .sorted().toList());
                return Limits.first(pages, limit);
            }
        }

        /** Pages per second of timed operation, over as many passes as needed to reach minSeconds. */
        /**
         * Pages per CPU-second of each operation, measured in rounds of one pass of each, until each has
         * run for {@code minSeconds}; the median round is reported. Interleaving puts every operation
         * under the same conditions (frequency, cache, neighbours' load) and the median drops rounds
         * disturbed by a GC or by other processes, so the ratio between operations holds steady.
         */
        private double[] measureInterleaved(List<Path> pages, List<Consumer<byte[]>> operations) {
            List<List<Double>> rates = new ArrayList<>();
            long[] spent = new long[operations.size()];
            for (int i = 0; i < operations.size(); i++) {
                rates.add(new ArrayList<>());
            }
            int rounds = 0;
            while (rounds < 3 || Arrays.stream(spent).min().orElse(0) < minSeconds * 1e9) {
                for (int i = 0; i < operations.size(); i++) {
                    long nanos = Math.max(1, timedPass(pages, operations.get(i)));
                    spent[i] += nanos;
                    rates.get(i).add(pages.size() / (nanos / 1e9));
                }
                rounds++;
            }
            double[] medians = new double[operations.size()];
            for (int i = 0; i < operations.size(); i++) {
                List<Double> sorted = new ArrayList<>(rates.get(i));
                sorted.sort(null);
                int n = sorted.size();
                medians[i] = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            }
            return medians;
        }

        /**
         * CPU time of this thread spent in {@code operation} over one pass: per-core throughput is work
         * per CPU-second, and thread CPU time stays true when other processes share the machine, where
         * wall time would charge us for their work. (GC and JIT threads are not counted; under the small
         * heaps used here they add little, and the scaling run below is wall clock.)
         */
        private static long timedPass(List<Path> pages, Consumer<byte[]> operation) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long nanos = 0;
            for (Path page : pages) {
                byte[] bytes = read(page);
                long start = threads.getCurrentThreadCpuTime();
                operation.accept(bytes);
                nanos += threads.getCurrentThreadCpuTime() - start;
            }
            return nanos;
        }

        private double parallelRate(List<Path> pages, Consumer<byte[]> operation, int threads) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                long start = System.nanoTime();
                long done = 0;
                do {
                    AtomicInteger next = new AtomicInteger();
                    List<Future<?>> workers = new ArrayList<>();
                    for (int t = 0; t < threads; t++) {
                        workers.add(pool.submit(() -> {
                            int i;
                            while ((i = next.getAndIncrement()) < pages.size()) {
                                operation.accept(read(pages.get(i)));
                            }
                        }));
                    }
                    for (Future<?> worker : workers) {
                        worker.get();
                    }
                    done += pages.size();
                } while (System.nanoTime() - start < minSeconds * 1e9);
                return done / ((System.nanoTime() - start) / 1e9);
            } catch (Exception e) {
                throw new IllegalStateException("benchmark worker failed", e);
            } finally {
                pool.shutdownNow();
            }
        }

        private static byte[] read(Path page) {
            try (InputStream in = page.toString().endsWith(".gz")
                    ? new GZIPInputStream(Files.newInputStream(page), 1 << 16) : Files.newInputStream(page)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + page, e);
            }
        }
    }
}
