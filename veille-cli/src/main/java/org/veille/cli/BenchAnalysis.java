package org.veille.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.veille.analyse.Analyser;
import org.veille.analyse.nlp.CoreNlpAnnotator;
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
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analysis speed (entities and quotations) in articles/s per core, model load time and peak heap.",
                "DIR: folders or files of pages (HTML, page dumps, plain text; .gz too), e.g.",
                "../shared/eval/quotes/fr-news-dev/dumps ../shared/eval/quotes/polnear/data/dev/text"})
final class BenchAnalysis implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "folders or files of pages")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--min-seconds", description = "minimum CPU seconds of analysis to measure (default: ${DEFAULT-VALUE})",
            defaultValue = "20")
    double minSeconds;

    private record Article(Extraction extraction, String language, int words) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(System.out, true);
        List<Article> articles = extract();
        Analyser analyser = new Analyser(new CoreNlpAnnotator());
        Map<String, List<Article>> byLanguage = new TreeMap<>();
        articles.forEach(a -> byLanguage.computeIfAbsent(a.language(), l -> new ArrayList<>()).add(a));
        out.printf(Locale.ROOT, "bench analyze: %d articles (%s), JVM max heap %d MB%n", articles.size(),
                summary(byLanguage), Runtime.getRuntime().maxMemory() >> 20);
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
        return VeilleCommand.OK;
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
