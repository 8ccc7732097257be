package org.veille.eval;

import java.util.List;

import static org.veille.eval.Benchmark.AEB_F1;
import static org.veille.eval.Benchmark.HTMLDATE_DATE_ACCURACY;
import static org.veille.eval.Benchmark.TRAFILATURA_EVAL_F1;
import static org.veille.eval.Benchmark.WCXB_F1_ALL;
import static org.veille.eval.Benchmark.WCXB_F1_ARTICLES;

/**
 * The peers' published scores, transcribed from the "Published scores to beat" table of
 * {@code shared/eval/README.md} (same pages, same metric). Kept as data so a report can print our number
 * next to theirs.
 *
 * <p>Where the README's WCXB cell has a single number (newspaper4k 0.720, boilerpipe 0.687, jusText 0.707)
 * it is read as the all-pages figure, the column's first half. The date column's trafilatura row is
 * htmldate, trafilatura's date library, so it is recorded under that name.
 */
public final class PublishedScores {
    private static final List<PeerScore> ALL = List.of(
            PeerScore.exact("rs-trafilatura", AEB_F1, 0.970),
            PeerScore.exact("trafilatura 2.x", AEB_F1, 0.958),
            PeerScore.exact("newspaper4k", AEB_F1, 0.949),
            PeerScore.exact("Readability.js", AEB_F1, 0.947),
            PeerScore.exact("readability-lxml", AEB_F1, 0.922),
            PeerScore.exact("boilerpipe", AEB_F1, 0.860),
            PeerScore.exact("jusText", AEB_F1, 0.804),
            new PeerScore("whole-page text", AEB_F1, "0.66-0.68", 0.66, 0.68),

            PeerScore.exact("trafilatura 2.x", TRAFILATURA_EVAL_F1, 0.924),
            PeerScore.exact("newspaper4k", TRAFILATURA_EVAL_F1, 0.801),
            PeerScore.exact("readability-lxml", TRAFILATURA_EVAL_F1, 0.826),
            PeerScore.exact("boilerpipe", TRAFILATURA_EVAL_F1, 0.807),
            PeerScore.exact("jusText", TRAFILATURA_EVAL_F1, 0.862),
            new PeerScore("whole-page text", TRAFILATURA_EVAL_F1, "~0.69", 0.69, 0.69),

            PeerScore.exact("rs-trafilatura", WCXB_F1_ALL, 0.859),
            PeerScore.exact("trafilatura 2.x", WCXB_F1_ALL, 0.791),
            PeerScore.exact("newspaper4k", WCXB_F1_ALL, 0.720),
            PeerScore.exact("Readability.js", WCXB_F1_ALL, 0.675),
            PeerScore.exact("boilerpipe", WCXB_F1_ALL, 0.687),
            PeerScore.exact("jusText", WCXB_F1_ALL, 0.707),
            PeerScore.exact("rs-trafilatura", WCXB_F1_ARTICLES, 0.932),
            PeerScore.exact("trafilatura 2.x", WCXB_F1_ARTICLES, 0.926),
            PeerScore.exact("Readability.js", WCXB_F1_ARTICLES, 0.825),

            PeerScore.exact("htmldate", HTMLDATE_DATE_ACCURACY, 0.949),
            PeerScore.exact("newspaper4k", HTMLDATE_DATE_ACCURACY, 0.810));

    private PublishedScores() {
    }

    public static List<PeerScore> all() {
        return ALL;
    }

    /** The column's scores, best first. */
    public static List<PeerScore> of(Benchmark benchmark) {
        return ALL.stream().filter(p -> p.benchmark() == benchmark)
                .sorted((a, b) -> Double.compare(b.high(), a.high())).toList();
    }
}
