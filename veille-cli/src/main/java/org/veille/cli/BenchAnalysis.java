package org.veille.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veille.analyse.Analyser;
import org.veille.analyse.baseline.CoreNlpQuoteBaseline;
import org.veille.ingest.DocumentInput;
import org.veille.ingest.IngestSettings;
import org.veille.model.ArticleRecord;
import org.veille.model.Extraction;
import org.veille.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veille bench analyze DIR...}: the analyse stage's speed and memory on a fixed mix of
 * articles. Pages are extracted first, untimed; then each language's models are loaded (wall time
 * reported), and the analysis alone is timed in thread CPU time over repeated passes: articles per
 * second per core, overall and by language, with the articles' mean length, and the peak heap with
 * the models of every language in the mix loaded.
 *
 * <p>With {@code --compare-corenlp}, the same English articles then go through Stanford CoreNLP's own
 * quotation pipeline ({@code quote} over {@code coref}, {@link CoreNlpQuoteBaseline}), measured the
 * same way and printed beside Veille's English row. It is about a hundred times slower (PolNeAR dev:
 * 6.3 CPU s per article), so it runs as many whole passes as {@code --min-seconds} asks, at least one,
 * after a warm-up on a few articles. Its models need a 3 GB heap ({@code VEILLE_JAVA_OPTS=-Xmx3g}).
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analysis speed (entities and quotations) in articles/s per core, model load time and peak heap.",
                "DIR: folders or files of pages (HTML, page dumps, plain text; .gz too), e.g.",
                "../shared/eval/quotes/fr-news-dev/dumps ../shared/eval/quotes/polnear/data/dev/text"})
final class BenchAnalysis implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(BenchAnalysis.class);
    /** Articles the CoreNLP baseline warms up on: a whole pass would take minutes. */
    private static final int BASELINE_WARM_UP = 5;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "folders or files of pages")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--min-seconds", description = "minimum CPU seconds of analysis to measure (default: ${DEFAULT-VALUE})",
            defaultValue = "20")
    double minSeconds;

    @Option(names = "--compare-corenlp",
            description = "then time CoreNLP's own English quote+coref pipeline on the same English articles")
    boolean compareCoreNlp;

    @Option(names = "--attribution-model", paramLabel = "FILE",
            description = "English quotations by this learned tagger ('veille train attribution'), as analyze would find them")
    Path attributionModel;

    private record Article(Extraction extraction, String language, int words) {
    }

    /** CPU seconds spent on articles, and how many. */
    private record Timing(double seconds, int articles) {
        double perSecond() {
            return articles / seconds;
        }

        double millisPerArticle() {
            return 1000 * seconds / articles;
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = Console.out();
        List<Article> articles = extract();
        Map<String, List<Article>> byLanguage = new TreeMap<>();
        articles.forEach(a -> byLanguage.computeIfAbsent(a.language(), l -> new ArrayList<>()).add(a));
        out.printf(Locale.ROOT, "bench analyze: %d articles (%s), JVM max heap %d MB%n", articles.size(),
                summary(byLanguage), Runtime.getRuntime().maxMemory() >> 20);
        Map<String, Timing> veille = measureVeille(articles, byLanguage, out);
        if (compareCoreNlp) {
            List<Article> english = byLanguage.getOrDefault("en", List.of());
            if (english.isEmpty()) {
                out.println();
                out.println("--compare-corenlp: no English article in the mix, nothing to compare");
            } else {
                measureCoreNlp(english, veille.get("en"), out);
            }
        }
        return VeilleCommand.OK;
    }

    /** Veille's analysis: per-language load times, the timed passes, the table; the timings by language. */
    private Map<String, Timing> measureVeille(List<Article> articles, Map<String, List<Article>> byLanguage,
                                              PrintWriter out) throws IOException {
        long loadStart = System.nanoTime();
        Analyser analyser = Analyser.standard(attributionModel);
        if (attributionModel != null) {
            out.printf(Locale.ROOT, "  attribution model loaded in %.1f s (wall)%n", (System.nanoTime() - loadStart) / 1e9);
        }
        for (String language : byLanguage.keySet()) {
            long start = System.nanoTime();
            analyser.analyse(null, List.of("Bonjour."), language);
            out.printf(Locale.ROOT, "  %s models loaded in %.1f s (wall)%n", language, (System.nanoTime() - start) / 1e9);
        }
        for (Article a : articles) {
            analyser.analyse(a.extraction(), a.language()); // warm-up
        }
        HeapPeaks.reset();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<String, double[]> perLanguage = new TreeMap<>(); // cpu seconds, articles
        long cpuStart = cpu.getCurrentThreadCpuTime();
        int passes = 0;
        while (passes == 0 || (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9 < minSeconds) {
            for (Article a : articles) {
                long t = cpu.getCurrentThreadCpuTime();
                analyser.analyse(a.extraction(), a.language());
                double[] acc = perLanguage.computeIfAbsent(a.language(), l -> new double[2]);
                acc[0] += (cpu.getCurrentThreadCpuTime() - t) / 1e9;
                acc[1]++;
            }
            passes++;
        }
        double seconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peak = Math.min(HeapPeaks.sum(), Runtime.getRuntime().maxMemory());
        out.println();
        out.printf(Locale.ROOT, "%-10s %10s %14s %12s%n", "language", "words/art", "articles/s/core", "ms/article");
        for (Map.Entry<String, double[]> e : perLanguage.entrySet()) {
            double[] acc = e.getValue();
            double words = byLanguage.get(e.getKey()).stream().mapToInt(Article::words).average().orElse(0);
            out.printf(Locale.ROOT, "%-10s %10.0f %14.1f %12.1f%n", e.getKey(), words, acc[1] / acc[0], 1000 * acc[0] / acc[1]);
        }
        double all = articles.size() * (double) passes;
        out.printf(Locale.ROOT, "%-10s %10.0f %14.1f %12.1f   (%d passes, %.1f CPU s; target >= 10 articles/s per core at ~700 words)%n",
                "all", articles.stream().mapToInt(Article::words).average().orElse(0), all / seconds, 1000 * seconds / all,
                passes, seconds);
        out.printf(Locale.ROOT, "peak heap with the models loaded: at most %d MB (target <= 2048 MB)%n", peak >> 20);
        Map<String, Timing> timings = new TreeMap<>();
        perLanguage.forEach((l, acc) -> timings.put(l, new Timing(acc[0], (int) acc[1])));
        return timings;
    }

    /**
     * CoreNLP's quote+coref pipeline on the English articles, timed like Veille's: thread CPU time over
     * whole passes (at least one), the models' load in wall time, the peak heap. An article CoreNLP
     * fails on is counted, left out of the rate, and the run goes on.
     */
    private void measureCoreNlp(List<Article> english, Timing veille, PrintWriter out) {
        out.println();
        out.printf(Locale.ROOT, "CoreNLP quote+coref (statistical) on the same %d English articles:%n", english.size());
        // Veille's analyser is gone, but CoreNLP's annotator cache keeps the models it loaded: what is
        // in use now is the floor under the baseline's peak, not part of its cost.
        HeapPeaks.reset();
        long floor = HeapPeaks.used();
        CoreNlpQuoteBaseline baseline = new CoreNlpQuoteBaseline();
        long start = System.nanoTime();
        baseline.load();
        out.printf(Locale.ROOT, "  models loaded in %.1f s (wall); heap in use before loading them: %d MB "
                + "(the articles, and Veille's models still in CoreNLP's annotator cache)%n", (System.nanoTime() - start) / 1e9, floor >> 20);
        Set<Article> failed = new HashSet<>();
        for (Article a : english.subList(0, Math.min(BASELINE_WARM_UP, english.size()))) {
            quotes(baseline, a, failed); // warm-up
        }
        HeapPeaks.reset();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        double seconds = 0;
        int done = 0;
        int passes = 0;
        while (passes == 0 || (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9 < minSeconds) {
            for (Article a : english) {
                long t = cpu.getCurrentThreadCpuTime();
                if (quotes(baseline, a, failed)) {
                    seconds += (cpu.getCurrentThreadCpuTime() - t) / 1e9;
                    done++;
                }
            }
            passes++;
        }
        long peak = Math.min(HeapPeaks.sum(), Runtime.getRuntime().maxMemory());
        double words = english.stream().mapToInt(Article::words).average().orElse(0);
        out.printf(Locale.ROOT, "%-10s %10s %14s %12s%n", "engine", "words/art", "articles/s/core", "ms/article");
        if (veille != null) {
            out.printf(Locale.ROOT, "%-10s %10.0f %14.1f %12.1f   (entities, quotations, dates)%n", "veille en", words,
                    veille.perSecond(), veille.millisPerArticle());
        }
        if (done > 0) {
            Timing corenlp = new Timing(seconds, done);
            out.printf(Locale.ROOT, "%-10s %10.0f %14.2f %12.1f   (quotations and speakers; %d passes, %.1f CPU s)%n",
                    "corenlp en", words, corenlp.perSecond(), corenlp.millisPerArticle(), passes, seconds);
            if (veille != null) {
                out.printf(Locale.ROOT, "  Veille is %.0f times as fast per core%n", veille.perSecond() / corenlp.perSecond());
            }
        }
        out.printf(Locale.ROOT, "  articles CoreNLP failed on: %d of %d%s%n", failed.size(), english.size(),
                failed.isEmpty() ? "" : " (left out of the rate)");
        out.printf(Locale.ROOT, "peak heap with CoreNLP's models loaded: at most %d MB%n", peak >> 20);
    }

    /** Runs the baseline on one article; false, with the article noted, when CoreNLP fails on it. */
    private static boolean quotes(CoreNlpQuoteBaseline baseline, Article a, Set<Article> failed) {
        try {
            baseline.quotes(a.extraction().title(), a.extraction().paragraphs());
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            if (failed.add(a)) {
                LOG.warn("CoreNLP failed on an article ({} words): {}", a.words(), e.toString());
            }
            return false;
        }
    }

    /** Extracts every page (untimed) and keeps the articles in a language the analyser has models for. */
    private List<Article> extract() throws IOException {
        Pipeline pipeline = Pipeline.builder().build();
        List<Article> articles = new ArrayList<>();
        for (Path input : inputs) {
            List<Path> files;
            try (Stream<Path> walk = Files.isDirectory(input) ? Files.walk(input) : Stream.of(input)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                ArticleRecord record = pipeline.process(DocumentInput.ofFile(file, IngestSettings.defaults()));
                if (record.isError() || record.language() == null) {
                    continue;
                }
                String language = record.language().language();
                if ("fr".equals(language) || "en".equals(language)) {
                    int words = record.extraction().text().split("\\s+").length;
                    articles.add(new Article(record.extraction(), language, words));
                }
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no French or English article found in " + inputs);
        }
        return articles;
    }

    private static String summary(Map<String, List<Article>> byLanguage) {
        List<String> parts = new ArrayList<>();
        byLanguage.forEach((l, list) -> parts.add(list.size() + " " + l));
        return String.join(", ", parts);
    }
}
