package org.veille.eval.quotes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up the scores of a quotation run, one article at a time. Not thread-safe: one tally per run,
 * fed in article order so that the findings read in order.
 */
public final class QuoteTally {
    private final Map<SpanCriterion, SpanCounts> spans = new EnumMap<>(SpanCriterion.class);
    private final Map<String, Ratio> recallByKind = new TreeMap<>();
    private final List<QuoteFinding> findings = new ArrayList<>();
    private Ratio speaker = new Ratio(0, 0);
    private Ratio pronounSpeaker = new Ratio(0, 0);
    private SpanCounts sources = new SpanCounts(0, 0, 0);
    private int articles;

    public QuoteTally() {
        for (SpanCriterion c : SpanCriterion.values()) {
            spans.put(c, new SpanCounts(0, 0, 0));
        }
    }

    /**
     * Scores one article.
     *
     * @param predicted the predicted quotes, already mapped onto the gold text
     * @param texts     the predicted quotes' own texts, for the findings (same order as {@code predicted})
     */
    public void add(GoldArticle article, List<ScoredQuote> predicted, List<String> texts) {
        articles++;
        List<GoldQuote> gold = article.quotes();
        List<QuoteMatcher.Match> matches = List.of();
        for (SpanCriterion c : SpanCriterion.values()) {
            List<QuoteMatcher.Match> matched = QuoteMatcher.match(gold, predicted, c);
            spans.put(c, spans.get(c).plus(matched.size(), predicted.size(), gold.size()));
            if (c == SpanCriterion.OVERLAP_30) {
                matches = matched; // speakers are judged on the quotes found at the headline criterion
            }
        }
        boolean[] goldFound = new boolean[gold.size()];
        boolean[] predictedUsed = new boolean[predicted.size()];
        int sourcesFound = 0;
        for (QuoteMatcher.Match m : matches) {
            goldFound[m.gold()] = true;
            predictedUsed[m.predicted()] = true;
            GoldQuote g = gold.get(m.gold());
            String said = predicted.get(m.predicted()).speaker();
            boolean right = SpeakerNames.matches(g, said);
            speaker = speaker.plus(right);
            if (g.pronounCue()) {
                pronounSpeaker = pronounSpeaker.plus(right);
            }
            Span mention = predicted.get(m.predicted()).speakerMention();
            if (g.source() != null && mention != null
                    && g.source().coveredBy(mention) >= SpanCriterion.OVERLAP_30.minOverlap()) {
                sourcesFound++;
            }
            if (!right) {
                findings.add(new QuoteFinding(article.id(), QuoteFinding.Kind.WRONG_SPEAKER, g.text(), g.speaker(), said));
            }
        }
        int goldSources = (int) gold.stream().filter(q -> q.source() != null).count();
        int predictedMentions = (int) predicted.stream().filter(q -> q.speakerMention() != null).count();
        if (goldSources > 0) {
            sources = sources.plus(sourcesFound, predictedMentions, goldSources);
        }
        for (int i = 0; i < gold.size(); i++) {
            GoldQuote g = gold.get(i);
            String kind = g.kind() == null ? "unknown" : g.kind();
            recallByKind.merge(kind, new Ratio(goldFound[i] ? 1 : 0, 1),
                    (a, b) -> new Ratio(a.hits() + b.hits(), a.total() + b.total()));
            if (!goldFound[i]) {
                findings.add(new QuoteFinding(article.id(), QuoteFinding.Kind.MISSED, g.text(), g.speaker(), null));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!predictedUsed[p]) {
                findings.add(new QuoteFinding(article.id(), QuoteFinding.Kind.INVENTED, texts.get(p), null,
                        predicted.get(p).speaker()));
            }
        }
    }

    public QuoteScores result() {
        return new QuoteScores(articles, spans, speaker, pronounSpeaker, sources, recallByKind, findings);
    }
}
