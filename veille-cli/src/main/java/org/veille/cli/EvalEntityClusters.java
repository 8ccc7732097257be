package org.veille.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.veille.analyse.Analyser;
import org.veille.analyse.nlp.CoreNlpAnnotator;
import org.veille.eval.clusters.ClusterArticle;
import org.veille.eval.clusters.ClusterFinding;
import org.veille.eval.clusters.ClusterScores;
import org.veille.eval.clusters.ClusterTally;
import org.veille.eval.clusters.FrNewsEntitySet;
import org.veille.eval.clusters.GoldEntity;
import org.veille.eval.quotes.Ratio;
import org.veille.model.Entity;
import org.veille.model.Mention;

/**
 * {@code veille eval entities} on a French news quotation set (a folder with {@code gold.jsonl}): Veille's
 * entity clustering against the entities the gold says each article quotes, with the metrics of
 * {@link ClusterTally} (found, split, merged, name, B-cubed). The Analyser reads each gold article's
 * text as {@code eval quotes --input gold} does, so that mention offsets are gold offsets and only
 * entity finding and clustering are measured, not extraction.
 */
final class EvalEntityClusters {
    private final Path set;
    private final String language;
    private final Integer limit;
    private final int findings;

    /**
     * @param findings how many findings of each kind to list
     */
    EvalEntityClusters(Path set, String language, Integer limit, int findings) {
        this.set = set;
        this.language = language == null ? "fr" : language;
        this.limit = limit;
        this.findings = findings;
    }

    int run(PrintWriter out) {
        List<ClusterArticle> articles = FrNewsEntitySet.read(set);
        articles = Limits.first(articles, limit);
        Analyser analyser = new Analyser(new CoreNlpAnnotator());
        ClusterTally tally = new ClusterTally();
        long start = System.nanoTime();
        for (ClusterArticle article : articles) {
            // As eval quotes --input gold: the title is the first paragraph, and the body joined back with
            // blank lines is the gold text itself, so offsets need no mapping.
            List<String> paragraphs = List.of(article.text().split("\n\n"));
            tally.add(article, analyser.analyse(null, paragraphs, language).entities());
        }
        print(tally.result(), articles, (System.nanoTime() - start) / 1e9, out);
        return VeilleCommand.OK;
    }

    private void print(ClusterScores s, List<ClusterArticle> articles, double seconds, PrintWriter out) {
        out.printf(Locale.ROOT, "Entity clustering on %s (%s): %d articles, Veille reading the gold text%n%n", set, language,
                s.articles());
        out.printf(Locale.ROOT, "gold entities: %d quoted, %d named in the text; left out, unnamed: %s%n", s.goldEntities(),
                s.found().total(), s.unnamed().isEmpty() ? "none" : String.join("; ", s.unnamed()));
        out.printf(Locale.ROOT, "Veille: %d entities, %d mentions; %d mentions matched to a gold entity, %d ambiguous%n%n",
                s.entities(), s.mentions(), s.matched(), s.ambiguous());
        out.printf(Locale.ROOT, "found   %-16s named gold entities that some Veille entity matches%n", s.found().format());
        out.printf(Locale.ROOT, "split   %-16s found ones whose mentions fall in 2+ Veille entities (lower is better)%n",
                s.split().format());
        out.printf(Locale.ROOT, "merged  %-16s Veille entities matching gold that match 2+ gold entities (lower is better)%n",
                s.merged().format());
        out.printf(Locale.ROOT, "name    %-16s found ones whose Veille entity bears the gold canonical name%n", s.name().format());
        out.printf(Locale.ROOT, "B-cubed over the %d matched mentions: P %.3f R %.3f F1 %.3f%n", s.matched(),
                s.bCubed().precision(), s.bCubed().recall(), s.bCubed().f1());
        out.printf(Locale.ROOT, "(%d articles in %.1f s)%n", s.articles(), seconds);
        if (findings > 0) {
            Map<String, String> texts = articles.stream().collect(Collectors.toMap(ClusterArticle::id, ClusterArticle::text));
            for (ClusterFinding.Kind kind : ClusterFinding.Kind.values()) {
                List<ClusterFinding> some = s.findings().stream().filter(f -> f.kind() == kind).toList();
                out.println();
                out.printf(Locale.ROOT, "%s: %d%s%n", kind, some.size(), some.size() > findings ? ", the first " + findings : "");
                some.stream().limit(findings).forEach(f -> finding(f, texts.get(f.article()), out));
            }
        }
    }

    private static void finding(ClusterFinding f, String text, PrintWriter out) {
        String gold = f.gold().stream().map(g -> gold(g, f.kind() == ClusterFinding.Kind.MISSED ? text : null))
                .collect(Collectors.joining(" + "));
        out.printf(Locale.ROOT, "  %s | gold %s%n", f.article(), gold);
        for (Entity e : f.predicted()) {
            out.printf(Locale.ROOT, "      %s %s \"%s\": %s%n", e.id(), e.type(), oneLine(e.name()), mentions(e.mentions()));
        }
    }

    /** A gold entity and its aliases; for a missed one, which of its names the text has. */
    private static String gold(GoldEntity g, String text) {
        StringBuilder b = new StringBuilder("\"").append(g.name()).append('"');
        if (!g.aliases().isEmpty()) {
            b.append(" (aka ").append(String.join("; ", g.aliases())).append(')');
        }
        if (text != null) {
            b.append(" [in text: ").append(String.join("; ", g.namesIn(text))).append(']');
        }
        return b.toString();
    }

    /** The mentions' texts in order of first use, each with its count: "Roman Prymula, Prymula ×3". */
    private static String mentions(List<Mention> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        mentions.forEach(m -> counts.merge(oneLine(m.text()), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** A name as it is shown: a line break a tagger ran a mention across is written \\n. */
    private static String oneLine(String text) {
        return text.replace("\n", "\\n");
    }

}
