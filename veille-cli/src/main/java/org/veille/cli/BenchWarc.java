package org.veille.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.veille.analyse.Analyser;
import org.veille.analyse.nlp.CoreNlpAnnotator;
import org.veille.ingest.DocumentInput;
import org.veille.ingest.IngestSettings;
import org.veille.ingest.warc.ArchiveFilter;
import org.veille.ingest.warc.ArchiveReader;
import org.veille.model.ArticleRecord;
import org.veille.pipeline.LanguageFilter;
import org.veille.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veille bench warc DIR}: the web-archive path measured end to end. Setup writes the pages
 * under DIR into a {@code .warc.gz} ({@link BenchArchive}) in a temporary folder; then, each over the
 * whole archive, read as {@code veille analyze} reads it ({@link ArchiveReader} feeding
 * {@link OrderedParallelRunner}):
 * Each pipeline is first run once untimed: language models (Lingua's, CoreNLP's) load on the first
 * page of their language, and the JIT compiles the hot paths; without that the first timed run
 * pays for both.
 * <ol>
 *   <li>reading alone: records/s and MB/s of compressed archive;</li>
 *   <li>extraction ({@code --extract-only}: decode, extract, detect language) at 1..N threads;</li>
 *   <li>the whole pipeline with the analysis at 1..N threads, on the first {@code --analyse-limit}
 *       French or English pages (the analysis is several times slower than extraction);</li>
 * </ol>
 * with the peak heap of each. Each run reports pages/s in wall-clock time (its ratio to one thread is
 * the scaling, which only means something on idle cores) and pages per CPU-second of the whole
 * process, the per-core rate, which holds when other processes share the machine.
 */
@Command(name = "warc", mixinStandardHelpOptions = true,
        description = {"Web-archive throughput: records/s read, pages/s extracted and analysed at 1..N threads, peak heap.",
                "DIR: a folder of pages, e.g. ../shared/eval/extraction (the html/ folders of its sets are used);",
                "they are written into a temporary .warc.gz first."})
final class BenchWarc implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "0..1", description = "folder of pages")
    Path dir;

    @Option(names = "--archive", paramLabel = "FILE", description = "measure this .warc.gz; when it does not exist, "
            + "write the pages of DIR into it and keep it (default: a temporary file, removed after)")
    Path archiveFile;

    @Option(names = "--min-seconds", defaultValue = "3", description = "minimum wall seconds of reading alone (default: ${DEFAULT-VALUE})")
    double minSeconds;

    @Option(names = "--max-threads", defaultValue = "2", description = "largest thread count; 0 measures the reading only "
            + "(default: ${DEFAULT-VALUE})")
    int maxThreads;

    @Option(names = "--repeat", defaultValue = "1", description = "write the pages this many times over, for a larger archive (default: ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--analyse-limit", defaultValue = "150", description = "pages fully analysed per run; 0 skips the analysis (default: ${DEFAULT-VALUE})")
    int analyseLimit;

    @Spec
    CommandSpec spec;


    @Override
    public Integer call() throws IOException {
        validate();
        PrintWriter out = Console.out();
        Path temp = Files.createTempDirectory("veille-bench-warc");
        try {
            BenchArchive.Written archive;
            if (archiveFile != null && Files.exists(archiveFile)) {
                archive = new BenchArchive.Written(archiveFile, -1, -1, Files.size(archiveFile), -1);
                out.printf(Locale.ROOT, "bench warc: %s, %.1f MB; JVM max heap %d MB, %s%n", archiveFile,
                        archive.bytes() / 1e6, Runtime.getRuntime().maxMemory() >> 20, HeapPeaks.cores());
            } else {
                archive = write(archiveFile != null ? archiveFile : temp.resolve("bench.warc.gz"), out);
            }
            measureReading(archive, out);
            if (maxThreads == 0) {
                return VeilleCommand.OK;
            }
            Pipeline extractOnly = Pipeline.builder().build();
            out.println();
            out.println("extraction (decode + extract + language, as --extract-only), whole archive; warming up on one pass...");
            run(archive, extractOnly, Integer.MAX_VALUE, 1);
            scaling(() -> limited(open(archive), Integer.MAX_VALUE), extractOnly, out);
            if (analyseLimit > 0) {
                List<DocumentInput> sample = analysable(archive, extractOnly);
                Pipeline full = Pipeline.builder().analysis(new Analyser(new CoreNlpAnnotator())).build();
                out.println();
                out.printf(Locale.ROOT, "full pipeline with analysis (entities, quotations, dates) on the first %d French or "
                        + "English pages; warming up on one pass (models load on their language's first page)...%n",
                        sample.size());
                run(sample.iterator(), full, 1);
                scaling(sample::iterator, full, out);
            }
            return VeilleCommand.OK;
        } finally {
            Folders.deleteQuietly(temp);
        }
    }

    /** Setup: the pages of DIR written into {@code file}. */
    private BenchArchive.Written write(Path file, PrintWriter out) throws IOException {
        if (dir == null) {
            throw new ParameterException(spec.commandLine(), "DIR is needed to write the archive");
        }
        var pages = BenchArchive.pages(dir);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no .html, .htm or .html.gz pages under " + dir);
        }
        long start = System.nanoTime();
        BenchArchive.Written archive = BenchArchive.write(pages, dir, repeat, file);
        out.printf(Locale.ROOT, "bench warc: %d pages from %s (x%d), %d records, %.1f MB compressed, %.1f MB of payload,"
                        + " written in %.1f s; JVM max heap %d MB, %s%n",
                archive.pages(), dir, repeat, archive.records(), archive.bytes() / 1e6, archive.payloadBytes() / 1e6,
                (System.nanoTime() - start) / 1e9, Runtime.getRuntime().maxMemory() >> 20,
                HeapPeaks.cores());
        return archive;
    }

    private void validate() {
        if (!(minSeconds >= 0) || Double.isInfinite(minSeconds)) {
            throw new ParameterException(spec.commandLine(), "--min-seconds must be a finite number >= 0: " + minSeconds);
        }
        if (maxThreads < 0 || repeat < 1 || analyseLimit < 0) {
            throw new ParameterException(spec.commandLine(), "--repeat must be at least 1, --max-threads and --analyse-limit at least 0");
        }
    }

    /** Reading alone: every record parsed, every page's payload decoded into memory, nothing processed. */
    private void measureReading(BenchArchive.Written archive, PrintWriter out) throws IOException {
        HeapPeaks.reset();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long records = 0;
        long documents = 0;
        int passes = 0;
        do {
            try (ArchiveReader reader = open(archive)) {
                while (reader.hasNext()) {
                    reader.next().read();
                }
                records += reader.counts().records();
                documents += reader.counts().documents();
            }
            passes++;
        } while (System.nanoTime() - start < minSeconds * 1e9);
        double seconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "reading alone (1 thread, %d passes, %.1f CPU s, %.1f s wall): %.0f records/s, %.0f pages/s, "
                        + "%.1f MB/s compressed per core; peak heap at most %d MB%n", passes, seconds, wall, records / seconds,
                documents / seconds, passes * archive.bytes() / 1e6 / seconds, peakHeap() >> 20);
    }

    /** Opens a fresh pass over the inputs a run measures. */
    private interface Inputs {
        Iterator<DocumentInput> open() throws IOException;
    }

    /** The pipeline over the inputs at 1..maxThreads threads. */
    private void scaling(Inputs inputs, Pipeline pipeline, PrintWriter out) throws IOException {
        double base = 0;
        for (int threads = 1; threads <= maxThreads; threads++) {
            HeapPeaks.reset();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            long[] counts = run(inputs.open(), pipeline, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            double rate = counts[0] / seconds;
            if (threads == 1) {
                base = rate;
            }
            out.printf(Locale.ROOT, "  %d thread(s): %7.1f pages/s wall (%.2fx), %7.1f pages per CPU-second; %d articles, "
                            + "%d error records, %.1f s wall, %.1f CPU s; peak heap at most %d MB%n", threads, rate, rate / base,
                    counts[0] / cpuSeconds, counts[1], counts[0] - counts[1], seconds, cpuSeconds, peakHeap() >> 20);
        }
    }

    /**
     * The first {@code --analyse-limit} pages in French or English, the languages the analysis
     * covers (others would pass through it untouched and flatter the rate). Inputs hold their
     * payload, so the sample is read once, untimed.
     */
    private List<DocumentInput> analysable(BenchArchive.Written archive, Pipeline extractOnly) throws IOException {
        LanguageFilter frenchOrEnglish = new LanguageFilter(Set.of("fr", "en"));
        List<DocumentInput> sample = new ArrayList<>();
        try (ArchiveReader reader = open(archive)) {
            while (reader.hasNext() && sample.size() < analyseLimit) {
                DocumentInput input = reader.next();
                ArticleRecord prepared = extractOnly.prepare(input);
                if (!prepared.isError() && frenchOrEnglish.keeps(prepared)) {
                    sample.add(input);
                }
            }
        }
        return sample;
    }

    /** Runs the pipeline over every input; returns {records, articles}; closes an archive reader when done. */
    private static long[] run(Iterator<DocumentInput> inputs, Pipeline pipeline, int threads) {
        long[] counts = new long[2];
        new OrderedParallelRunner<DocumentInput, ArticleRecord>(threads).run(inputs, pipeline::process, record -> {
            counts[0]++;
            if (!record.isError()) {
                counts[1]++;
            }
        });
        return counts;
    }

    /** Runs the pipeline over the first {@code limit} pages of the archive; returns {records, articles}. */
    private static long[] run(BenchArchive.Written archive, Pipeline pipeline, int limit, int threads) throws IOException {
        try (ArchiveReader reader = open(archive)) {
            return run(limited(reader, limit), pipeline, threads);
        }
    }

    private static ArchiveReader open(BenchArchive.Written archive) throws IOException {
        // The reader closes the file once the archive is read to its end.
        InputStream in = Files.newInputStream(archive.file());
        return ArchiveReader.open(in, archive.file().getFileName().toString(), IngestSettings.defaults(), ArchiveFilter.NONE);
    }

    private static Iterator<DocumentInput> limited(Iterator<DocumentInput> inputs, int limit) {
        return new Iterator<>() {
            private int taken;

            @Override
            public boolean hasNext() {
                return taken < limit && inputs.hasNext();
            }

            @Override
            public DocumentInput next() {
                taken++;
                return inputs.next();
            }
        };
    }

    /**
     * CPU time of the whole process (workers, reader, GC, JIT): per-core throughput is pages per
     * CPU-second, which stays true when other processes share the cores, where wall time would charge
     * us for their work.
     */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** The heap pools' peaks summed, bounded by the maximum heap (the pools peak at different moments). */
    private static long peakHeap() {
        return Math.min(HeapPeaks.sum(), Runtime.getRuntime().maxMemory());
    }
}
