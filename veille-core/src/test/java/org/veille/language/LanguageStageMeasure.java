package org.veille.language;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.veille.model.Extraction;
import org.veille.model.LanguageProfile;

/**
 * Prints what the language stage costs: load time, heap after load, microseconds per article. Not a
 * test (nothing is asserted on time); run by hand with the test classpath:
 * {@code java -Xmx256m -cp ... org.veille.language.LanguageStageMeasure [sample.txt [page.html[.gz]]]};
 * with a page, jsoup's parse time of it is printed too, as the yardstick of the extraction benchmark.
 */
public final class LanguageStageMeasure {

    private LanguageStageMeasure() {
    }

    public static void main(String[] args) throws Exception {
        Extraction article = args.length > 0
                ? Articles.fromText(null, Files.readString(Path.of(args[0]), StandardCharsets.UTF_8))
                : syntheticFrenchArticle();
        System.out.printf(Locale.ROOT, "article: %d chars, %d paragraphs%n",
                article.text().length(), article.paragraphs().size());

        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        LanguageIdentifier lexicalOnly = new LanguageIdentifier(LanguageSettings.lexicalOnly());
        long t1 = System.nanoTime();
        LanguageIdentifier full = new LanguageIdentifier();
        full.preload();
        long t2 = System.nanoTime();
        long heapAfter = usedHeap();
        System.out.printf(Locale.ROOT, "load: word lists %.1f ms; word lists + lingua (8 languages, low accuracy)"
                + " %.0f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        System.out.printf(Locale.ROOT, "heap: +%.1f MB after load (%.1f MB used in all)%n",
                (heapAfter - heapBefore) / 1048576.0, heapAfter / 1048576.0);

        LanguageProfile profile = full.identify(article).value();
        System.out.println("result: " + profile);

        // CPU time of this thread, not wall time: the build machines are shared and often busy.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (LanguageIdentifier identifier : List.of(lexicalOnly, full, lexicalOnly, full)) {
            String name = identifier == full ? "with lingua" : "words only";
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                int n = 2000;
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    identifier.identify(article);
                }
                best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1e3 / n);
            }
            System.out.printf(Locale.ROOT, "%s: %.1f µs of CPU per article (%.1f µs per KB of text), best of 5%n",
                    name, best, best / (article.text().length() / 1024.0));
        }
        System.out.printf(Locale.ROOT, "heap in use at the end: %.1f MB%n", usedHeap() / 1048576.0);
        if (args.length > 1) {
            measureJsoup(Path.of(args[1]));
        }
    }

    private static void measureJsoup(Path page) throws Exception {
        byte[] bytes = Files.readAllBytes(page);
        if (page.toString().endsWith(".gz")) {
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        String html = new String(bytes, StandardCharsets.UTF_8);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            int n = 100;
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                org.jsoup.Jsoup.parse(html);
            }
            best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1e3 / n);
        }
        System.out.printf(Locale.ROOT, "jsoup parse of a %d KB page: %.0f µs of CPU (%.1f µs per KB), best of 5%n",
                html.length() / 1024, best, best / (html.length() / 1024.0));
    }

    /** About 5 KB of French prose with bracketed leftovers, an English paragraph and a quote. */
    static Extraction syntheticFrenchArticle() {
        List<String> paragraphs = new ArrayList<>();
        while (String.join("\n\n", paragraphs).length() < 4600) {
            paragraphs.addAll(List.of(Articles.FRENCH));
        }
        paragraphs.add(3, "Le porte-parole a expliqué que l'armée n'avait pas bougé [it is because] elle"
                + " craignait que les [Belarusians] refusent de se battre (selon deux sources).");
        paragraphs.add(6, Articles.ENGLISH[0]);
        paragraphs.add(9, "« Nous ne laisserons pas tomber ce quartier », a promis le maire.");
        return Articles.extraction("Un nouveau plan de circulation", paragraphs.toArray(String[]::new));
    }

    private static long usedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
