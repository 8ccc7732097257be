package org.veille.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veille.analyse.Analyser;
import org.veille.analyse.baseline.CoreNlpQuoteBaseline;
import org.veille.eval.quotes.FrNewsQuoteSet;
import org.veille.eval.quotes.GoldArticle;
import org.veille.eval.quotes.PolnearSet;
import org.veille.eval.quotes.QuoteScores;
import org.veille.eval.quotes.QuoteTally;
import org.veille.eval.quotes.Ratio;
import org.veille.eval.quotes.ScoredQuote;
import org.veille.eval.quotes.Span;
import org.veille.eval.quotes.SpanCounts;
import org.veille.eval.quotes.SpanCriterion;
import org.veille.eval.quotes.TextAlignment;
import org.veille.ingest.DocumentInput;
import org.veille.ingest.IngestSettings;
import org.veille.model.ArticleRecord;
import org.veille.model.Extraction;
import org.veille.model.Mention;
import org.veille.model.Quote;
import org.veille.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veille eval quotes SET}: finds the quotations of a gold set's articles and scores them as
 * {@code shared/eval/README.md} says: quote P/R/F1 at overlap 0.3 (and 0.8, exact), speaker accuracy,
 * the pronoun-cue subset, and, where the gold marks source spans (PolNeAR), source F1.
 *
 * <p>With {@code --input gold} Veille reads the gold article text itself, which measures the quotation
 * rules alone; with {@code html} or {@code dump} it reads the raw page through the whole pipeline, and
 * its spans are mapped onto the gold text word by word ({@link TextAlignment}), so extraction errors
 * count too.
 *
 * <p>With {@code --engine corenlp} the quotations are Stanford CoreNLP's own ({@code quote} over
 * {@code coref}, {@link CoreNlpQuoteBaseline}) instead of Veille's, scored the same way: the published
 * baseline, measured on the same articles. English sets only. An article the engine fails on is scored
 * as finding nothing and listed, so one bad text cannot stop a run.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Finds the quotations of a gold set and scores quotes and speakers.",
                "Sets: quotes/fr-news-dev (French), quotes/polnear/data/dev (English)."})
final class EvalQuotes implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(EvalQuotes.class);

    enum Input { gold, html, dump }

    enum Engine { veille, corenlp }

    /** Who finds the quotations of a headline (may be null) and body paragraphs. */
    private interface Finder {
        List<Quote> quotes(String title, List<String> paragraphs);
    }

    @Parameters(paramLabel = "SET", description = "a quotation set folder")
    Path set;

    @Option(names = "--input", description = "what Veille reads: ${COMPLETION-CANDIDATES} (default: html where the set has pages, else gold)")
    Input input;

    @Option(names = "--findings", description = "list the first N errors (misses, inventions, wrong speakers)", defaultValue = "0")
    int findings;

    @Option(names = "--engine", defaultValue = "veille",
            description = "whose quotations: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); corenlp is CoreNLP's own quote+coref pipeline, English sets only")
    Engine engine;

    @Option(names = "--attribution-model", paramLabel = "FILE",
            description = "find English quotations with this learned tagger ('veille train attribution') instead of the rules")
    Path attributionModel;

    @Override
    public Integer call() throws java.io.IOException {
        boolean french = FrNewsQuoteSet.recognises(set);
        if (french && engine == Engine.corenlp) {
            throw new IllegalArgumentException("--engine corenlp reads English sets only (CoreNLP's quote attribution "
                    + "has no French models); " + set + " is French");
        }
        List<GoldArticle> articles = french ? FrNewsQuoteSet.read(set) : PolnearSet.read(set);
        String language = french ? "fr" : "en";
        Input mode = input != null ? input : french ? Input.html : Input.gold;
        Finder finder = finder(language);
        Pipeline pipeline = Pipeline.builder().withoutLanguage().build();
        QuoteTally tally = new QuoteTally();
        List<String> failed = new ArrayList<>();
        long start = System.nanoTime();
        for (GoldArticle article : articles) {
            List<ScoredQuote> predicted = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            Path page = mode == Input.gold ? null : mode == Input.html ? article.html() : article.dump();
            if (mode != Input.gold && page == null) {
                throw new IllegalArgumentException("article " + article.id() + " has no " + mode + " page");
            }
            try {
                if (mode == Input.gold) {
                    List<String> paragraphs = List.of(article.text().split("\n\n"));
                    for (Quote q : finder.quotes(null, paragraphs)) {
                        predicted.add(new ScoredQuote(q.start(), q.end(), q.speaker(), span(q.speakerMention())));
                        texts.add(q.text());
                    }
                } else {
                    ArticleRecord record = pipeline.process(DocumentInput.ofFile(page, IngestSettings.defaults()));
                    if (!record.isError()) {
                        score(record.extraction(), finder, article, predicted, texts);
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                // CoreNLP's parsers and sieves can fail on a text they were not built for: the article
                // then counts as finding nothing, and the run goes on.
                LOG.warn("{} failed on {}: {}", engine, article.id(), e.toString());
                failed.add(article.id());
                predicted.clear();
                texts.clear();
            }
            tally.add(article, predicted, texts);
        }
        print(tally.result(), mode, failed, (System.nanoTime() - start) / 1e9, Console.out());
        return VeilleCommand.OK;
    }

    /** The chosen engine, its models loaded on the first article. */
    private Finder finder(String language) throws java.io.IOException {
        if (engine == Engine.corenlp) {
            CoreNlpQuoteBaseline baseline = new CoreNlpQuoteBaseline();
            return baseline::quotes;
        }
        Analyser analyser = Analyser.standard(attributionModel);
        return (title, paragraphs) -> analyser.analyse(title, paragraphs, language).quotes();
    }

    /** Page mode: our text is the headline, a blank line, then the body; spans are aligned onto the gold text. */
    private static void score(Extraction extraction, Finder finder, GoldArticle article,
                              List<ScoredQuote> predicted, List<String> texts) {
        String title = extraction.title() == null ? "" : extraction.title();
        String ours = title.isEmpty() ? extraction.text() : title + "\n\n" + extraction.text();
        int bodyShift = title.isEmpty() ? 0 : title.codePointCount(0, title.length()) + 2;
        TextAlignment alignment = TextAlignment.of(ours, article.text());
        for (Quote q : finder.quotes(extraction.title(), extraction.paragraphs())) {
            int shift = q.inTitle() ? 0 : bodyShift;
            int[] span = alignment.map(q.start() + shift, q.end() + shift);
            if (span == null) {
                continue; // words the gold text does not have: boilerplate the gold left out
            }
            Span mention = null;
            if (q.speakerMention() != null) {
                int[] m = alignment.map(q.speakerMention().start() + shift, q.speakerMention().end() + shift);
                mention = m == null ? null : new Span(m[0], m[1]);
            }
            predicted.add(new ScoredQuote(span[0], span[1], q.speaker(), mention));
            texts.add(q.text());
        }
    }

    private static Span span(Mention m) {
        return m == null ? null : new Span(m.start(), m.end());
    }

    private void print(QuoteScores s, Input mode, List<String> failed, double seconds, PrintWriter out) {
        out.printf(Locale.ROOT, "Quotation set %s: %d articles, %s reading the %s%n", set, s.articles(),
                engine == Engine.corenlp ? "CoreNLP quote+coref (statistical)" : "Veille",
                mode == Input.gold ? "gold text" : mode + " pages");
        if (!failed.isEmpty()) {
            out.printf(Locale.ROOT, "%d articles failed (scored as finding nothing): %s%n", failed.size(), String.join(", ", failed));
        }
        out.println();
        out.printf(Locale.ROOT, "%-18s %8s %8s %8s %6s %6s %6s%n", "quotes", "found", "invented", "missed", "P", "R", "F1");
        for (SpanCriterion c : SpanCriterion.values()) {
            SpanCounts n = s.spans().get(c);
            var prf = n.score();
            out.printf(Locale.ROOT, "%-18s %8d %8d %8d %6.3f %6.3f %6.3f%n", c.label(), n.tp(), n.fp(), n.fn(),
                    prf.precision(), prf.recall(), prf.f1());
        }
        out.println();
        boolean sourceSpans = s.sources().tp() + s.sources().fn() > 0;
        if (!sourceSpans) {
            // Where the gold marks source spans (PolNeAR), its "speaker" is that span's words ("he"), not
            // a resolved name: the source F1 below is the measure there.
            out.printf(Locale.ROOT, "speaker accuracy (quotes found at overlap 0.3): %s%n", s.speaker().format());
            out.printf(Locale.ROOT, "  pronoun cues:                                %s%n", s.pronounSpeaker().format());
        }
        if (sourceSpans) {
            var src = s.sources().score();
            out.printf(Locale.ROOT, "source spans (overlap 0.3): P %.3f R %.3f F1 %.3f%n", src.precision(), src.recall(), src.f1());
        }
        out.print("recall by kind:");
        s.recallByKind().forEach((k, r) -> out.printf(Locale.ROOT, "  %s %s", k, r.format()));
        out.println();
        out.println();
        out.println("Published (README): French news, rules over spaCy: quote F1 0.817 @0.3, speaker accuracy 0.804;");
        out.println("  PolNeAR (exact spans): BERT tagger source F1 0.832, content 0.729; CoreNLP quote annotator 0.139 / 0.175.");
        out.printf(Locale.ROOT, "(%d articles in %.1f s)%n", s.articles(), seconds);
        if (findings > 0) {
            out.println();
            s.findings().stream().limit(findings).forEach(f -> out.printf(Locale.ROOT, "%-13s %s | %s | gold %s | ours %s%n",
                    f.kind(), f.article(), abbreviate(f.text()), f.expected(), f.predicted()));
        }
    }


    private static String abbreviate(String text) {
        String t = text.replace('\n', ' ');
        return t.length() <= 90 ? t : t.substring(0, 87) + "...";
    }

}
