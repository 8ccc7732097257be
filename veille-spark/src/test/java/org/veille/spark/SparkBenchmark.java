package org.veille.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.veille.ingest.DocumentInput;
import org.veille.model.ArticleRecord;
import org.veille.output.ArticleJson;
import org.veille.pipeline.Pipeline;
import org.veille.spark.TestArchives.Page;
import org.veille.spark.input.FileDocuments;
import org.veille.spark.input.InputFiles;
import org.veille.spark.task.PipelineConfig;
import org.veille.spark.task.PipelineHolder;

/**
 * The Spark path against the plain path on the same web archives, in articles per second per core
 * (docs/spark.md). Not part of the test suite: it runs only when asked,
 * <pre>
 * mvn -B test -pl veille-spark -am -Dtest=SparkBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dveille.bench=true
 *     [-Dveille.bench.pages=2400] [-Dveille.bench.archives=8] [-Dveille.bench.rounds=3] [-Dveille.bench.analyse=true]
 * </pre>
 * Setup writes the pages of {@code ../shared/eval/extraction} ({@code veille.bench.pages} of its {@code .html(.gz)}
 * files, evenly spaced in path order so that every evaluation set is represented) into {@code veille.bench.archives} {@code .warc.gz} files with jwarc. Then,
 * after a warm-up pass of each path (JIT, language models; CoreNLP's with {@code analyse}), in each of
 * {@code veille.bench.rounds} interleaved rounds:
 * <ol>
 * <li>reading only: the archives' records, no pipeline (records/s);</li>
 * <li>the plain path: the same files through the same per-file reading and the same pipeline, one
 * file per worker thread at a time, each record turned into its JSON line as the CLI writes it, with 1
 * and then 2 threads;</li>
 * <li>Spark {@code local[2]}: the job itself, JSON Lines and Parquet.</li>
 * </ol>
 * Reported per path: the round with the median rate per CPU-second of the whole JVM (robust to other load
 * on a shared machine), with its wall-clock rates (per core: divided by the threads, Spark: 2). The
 * report goes to stdout and target/spark-bench.txt.
 */
@Tag("bench")
class SparkBenchmark {

    @Test
    void sparkAgainstThePlainPath() throws Exception {
        assumeTrue(Boolean.getBoolean("veille.bench"), "run with -Dveille.bench=true");
        Path shared = Path.of(System.getProperty("veille.shared", "../../shared"), "eval", "extraction");
        assumeTrue(Files.isDirectory(shared), "needs " + shared);
        int maxPages = Integer.getInteger("veille.bench.pages", 2400);
        int archives = Integer.getInteger("veille.bench.archives", 8);
        int rounds = Integer.getInteger("veille.bench.rounds", 3);
        boolean analyse = Boolean.getBoolean("veille.bench.analyse");
        Path work = Files.createTempDirectory("veille-spark-bench");
        List<String> report = new ArrayList<>();

        List<Path> files = writeArchives(pages(shared, maxPages), archives, work.resolve("in"));
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        report.add(String.format(Locale.ROOT, "input: %d archives, %.1f MB, pages from %s; %s; %d cores here; median of %d rounds",
                files.size(), bytes / 1e6, shared, analyse ? "extraction + analysis" : "extraction only",
                Runtime.getRuntime().availableProcessors(), rounds));
        report.add(String.format(Locale.ROOT, "%-26s %8s %8s %10s %14s %14s", "path", "records", "wall s", "records/s",
                "/s per core", "/CPU-second"));

        PipelineConfig config = PipelineConfig.keepingAll(!analyse, org.veille.ingest.IngestSettings.DEFAULT_MAX_BYTES);
        SparkSession spark = LocalSpark.start();
        Map<String, List<Measure>> measures = new LinkedHashMap<>();
        try {
            plain(files, config, 2); // warm-up: JIT, language models (and CoreNLP's with analyse)
            spark(spark, work, "warm-up", "jsonl", files.size(), analyse); // and Spark's code generation for both writers
            spark(spark, work, "warm-up", "parquet", files.size(), analyse);
            for (int round = 0; round < rounds; round++) {
                add(measures, measure("read only, 1 thread", 1, () -> readOnly(files, config)));
                add(measures, measure("plain path, 1 thread", 1, () -> plain(files, config, 1)));
                add(measures, measure("plain path, 2 threads", 2, () -> plain(files, config, 2)));
                for (String format : List.of("jsonl", "parquet")) {
                    String name = "spark local[2], " + format;
                    int r = round;
                    add(measures, measure(name, 2, () -> spark(spark, work, "r" + r, format, files.size(), analyse)));
                }
            }
        } finally {
            spark.stop();
        }
        measures.values().forEach(list -> report.add(median(list).line()));
        report.add("wall: each path's elapsed time (Spark: the whole job, listing and commit included); "
                + "/CPU-second: records per second of the JVM's CPU time in that phase, all threads (Spark's scheduler, "
                + "writers, GC and JIT included): the per-core cost, robust to other load on the machine");
        report.forEach(System.out::println);
        Files.write(Path.of("target", "spark-bench.txt"), report);
        deleteTree(work);
    }

    /** The archives and outputs are hundreds of megabytes: not left in the temporary folder. */
    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** One timed phase: records handed out, wall time, and the whole JVM's CPU time meanwhile. */
    private record Measure(String name, long records, long wallNanos, long cpuNanos, int cores) {
        double perCpuSecond() {
            return records / (cpuNanos / 1e9);
        }

        String line() {
            double seconds = wallNanos / 1e9;
            return String.format(Locale.ROOT, "%-26s %8d %8.1f %10.1f %14.1f %14.1f", name, records, seconds, records / seconds,
                    records / seconds / cores, perCpuSecond());
        }
    }

    private interface Phase {
        long run() throws Exception;
    }

    private static Measure measure(String name, int cores, Phase phase) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        long records = phase.run();
        return new Measure(name, records, System.nanoTime() - start, os.getProcessCpuTime() - cpu, cores);
    }

    private static void add(Map<String, List<Measure>> measures, Measure measure) {
        measures.computeIfAbsent(measure.name(), k -> new ArrayList<>()).add(measure);
    }

    /** The round with the median CPU rate. */
    private static Measure median(List<Measure> rounds) {
        List<Measure> sorted = new ArrayList<>(rounds);
        sorted.sort(java.util.Comparator.comparingDouble(Measure::perCpuSecond));
        return sorted.get(sorted.size() / 2);
    }

    /** The job itself over the archives into a fresh output folder; the records it wrote. */
    private static long spark(SparkSession spark, Path work, String round, String format, int files, boolean analyse) {
        List<String> args = new ArrayList<>(List.of("--input", work.resolve("in").toString(), "--output",
                work.resolve("out-" + round + "-" + format).toString(), "--format", format, "--files-per-batch",
                String.valueOf(files)));
        if (!analyse) {
            args.add("--extract-only");
        }
        JobSummary summary = VeilleSparkJob.run(spark, args.toArray(String[]::new));
        return summary.counts().articles() + summary.counts().failed();
    }

    private static List<byte[]> pages(Path shared, int max) throws IOException {
        try (Stream<Path> walk = Files.walk(shared)) {
            List<Path> html = walk.filter(p -> p.getFileName().toString().matches(".*\\.html?(\\.gz)?")).sorted().toList();
            if (html.isEmpty()) {
                throw new IllegalStateException("no .html or .html.gz page under " + shared);
            }
            // Evenly spaced through the sorted list, so every evaluation set is represented.
            double step = Math.max(1.0, html.size() / (double) max);
            List<byte[]> pages = new ArrayList<>();
            for (double i = 0; i < html.size() && pages.size() < max; i += step) {
                Path page = html.get((int) i);
                try (java.io.InputStream in = Files.newInputStream(page)) {
                    pages.add((page.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(in) : in).readAllBytes());
                }
            }
            return pages;
        }
    }

    /** The pages dealt round-robin into {@code count} archives. */
    private static List<Path> writeArchives(List<byte[]> pages, int count, Path folder) throws IOException {
        List<List<Page>> split = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            split.add(new ArrayList<>());
        }
        for (int i = 0; i < pages.size(); i++) {
            // Content-Type without a charset: the decoder finds it in the page, as for most crawled pages.
            split.get(i % count).add(new Page("https://bench.example/page/" + i, 200, "text/html", pages.get(i)));
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(TestArchives.write(folder.resolve(String.format(Locale.ROOT, "bench-%02d.warc.gz", i)), split.get(i)));
        }
        return files;
    }

    private static long readOnly(List<Path> files, PipelineConfig config) throws IOException {
        long records = 0;
        for (Path file : files) {
            try (FileDocuments documents = InputFiles.open(file.toUri().toString(), new Configuration(), config.ingestSettings(), config.archives())) {
                while (documents.hasNext()) {
                    documents.next().read();
                }
                records += documents.recordsRead();
            }
        }
        return records;
    }

    /** The plain path: {@code threads} workers, each taking the next whole file, as Spark's tasks do. */
    private static long plain(List<Path> files, PipelineConfig config, int threads) throws InterruptedException {
        Pipeline pipeline = PipelineHolder.pipeline(config);
        ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>(files);
        AtomicLong written = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                ArticleJson json = new ArticleJson();
                Configuration conf = new Configuration();
                for (Path file = queue.poll(); file != null; file = queue.poll()) {
                    try (FileDocuments documents = InputFiles.open(file.toUri().toString(), conf, config.ingestSettings(), config.archives())) {
                        while (documents.hasNext()) {
                            DocumentInput input = documents.next();
                            ArticleRecord record = pipeline.process(input);
                            if (!json.toJson(record).isEmpty()) {
                                written.incrementAndGet();
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return written.get();
    }
}
