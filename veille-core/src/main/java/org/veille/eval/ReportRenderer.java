package org.veille.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints an {@link EvaluationReport} as plain text, each metric next to the peers' published scores for
 * the same set and metric ({@link PublishedScores}, from the README), so a claim can be checked at a glance.
 * Per-page metrics show mean and median, as the README requires.
 */
public final class ReportRenderer {

    public String render(EvaluationReport report) {
        StringBuilder out = new StringBuilder();
        line(out, "Evaluation set %s: %d pages, %d failed%s", report.setName(), report.pages(),
                report.failedPages().size(), report.failedPages().isEmpty() ? ""
                        : " (scored as empty: " + String.join(", ", first(report.failedPages(), 10)) + ")");
        if (report.aeb() != null) {
            renderAeb(out, report.aeb());
        }
        if (report.bowAll() != null) {
            renderBagOfWords(out, report);
        }
        if (report.snippets() != null) {
            renderSnippets(out, report.setName(), report.snippets());
        }
        if (!report.metadata().isEmpty()) {
            renderMetadata(out, report.setName(), report.metadata());
        }
        return out.toString();
    }

    private static void renderAeb(StringBuilder out, AebResult aeb) {
        line(out, "");
        line(out, "AEB shingle metric (F1 of mean P and mean R)");
        line(out, "  F1 %s   P %s (over %d pages)   R %s (over %d pages)", num(aeb.f1()), num(aeb.precision()),
                aeb.precisionPages(), num(aeb.recall()), aeb.recallPages());
        line(out, "  per-page F1: mean %s, median %s", num(aeb.pageF1().mean()), num(aeb.pageF1().median()));
        peers(out, Benchmark.AEB_F1, aeb.f1());
    }

    private static void renderBagOfWords(StringBuilder out, EvaluationReport report) {
        line(out, "");
        line(out, "Bag of words (WCXB), per-page mean [median]");
        line(out, "  %-16s %6s  %-15s %-15s %-15s", "pages", "n", "P", "R", "F1");
        bowRow(out, "all", report.bowAll());
        bowRow(out, "articles", report.bowArticles());
        report.bowByPageType().forEach((type, summary) -> bowRow(out, "  " + type, summary));
        line(out, "  Published WCXB-dev F1, all / articles (README):");
        Map<String, String[]> byPeer = new LinkedHashMap<>();
        for (PeerScore p : PublishedScores.of(Benchmark.WCXB_F1_ALL)) {
            byPeer.computeIfAbsent(p.extractor(), k -> new String[] {"-", "-"})[0] = p.published();
        }
        for (PeerScore p : PublishedScores.of(Benchmark.WCXB_F1_ARTICLES)) {
            byPeer.computeIfAbsent(p.extractor(), k -> new String[] {"-", "-"})[1] = p.published();
        }
        byPeer.forEach((peer, cells) -> line(out, "    %-18s %s / %s", peer, cells[0], cells[1]));
        line(out, "    %-18s %s / %s", "this run", num(report.bowAll().f1().mean()),
                num(report.bowArticles().f1().mean()));
    }

    private static void bowRow(StringBuilder out, String label, BowSummary s) {
        line(out, "  %-16s %6d  %-15s %-15s %-15s", label, s.pages(), meanMedian(s.precision()),
                meanMedian(s.recall()), meanMedian(s.f1()));
    }

    private static void renderSnippets(StringBuilder out, String setName, SnippetCounts c) {
        line(out, "");
        line(out, "Snippets (counts summed over the set)");
        line(out, "  TP %d  FN %d  FP %d  TN %d", c.tp(), c.fn(), c.fp(), c.tn());
        line(out, "  P %s  R %s  F1 %s  accuracy %s", num(c.precision()), num(c.recall()), num(c.f1()),
                num(c.accuracy()));
        if (Benchmark.TRAFILATURA_EVAL_F1.setName().equals(setName)) {
            peers(out, Benchmark.TRAFILATURA_EVAL_F1, c.f1());
        }
    }

    private static void renderMetadata(StringBuilder out, String setName, Map<MetaField, FieldTally> tallies) {
        line(out, "");
        line(out, "Metadata (exact after whitespace normalisation; title/author caseless; dates YYYY-MM-DD)");
        line(out, "  %-7s %-22s %-14s %s", "field", "accuracy", "missed/wrong", "output when truth has none");
        tallies.forEach((field, t) -> line(out, "  %-7s %-22s %-14s %d/%d (%s)",
                field.name().toLowerCase(Locale.ROOT),
                num(t.accuracy()) + " (" + t.correct() + "/" + t.withValue() + ")",
                t.missed() + "/" + t.wrong(), t.spurious(), t.withoutValue(), num(t.spuriousRate())));
        FieldTally dates = tallies.get(MetaField.DATE);
        if (dates != null && Benchmark.HTMLDATE_DATE_ACCURACY.setName().equals(setName)) {
            peers(out, Benchmark.HTMLDATE_DATE_ACCURACY, dates.accuracy());
        }
    }

    private static void peers(StringBuilder out, Benchmark benchmark, double ours) {
        line(out, "  Published %s (README, same pages, same metric):", benchmark.label());
        boolean placed = false;
        for (PeerScore p : PublishedScores.of(benchmark)) {
            if (!placed && ours >= p.high()) {
                line(out, "    %-18s %s   <- this run", "this run", num(ours));
                placed = true;
            }
            line(out, "    %-18s %s", p.extractor(), p.published());
        }
        if (!placed) {
            line(out, "    %-18s %s   <- this run", "this run", num(ours));
        }
    }

    private static String meanMedian(MeanMedian m) {
        return num(m.mean()) + " [" + num(m.median()) + "]";
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static List<String> first(List<String> ids, int n) {
        List<String> out = new ArrayList<>(ids.subList(0, Math.min(n, ids.size())));
        if (ids.size() > n) {
            out.add("...");
        }
        return out;
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
