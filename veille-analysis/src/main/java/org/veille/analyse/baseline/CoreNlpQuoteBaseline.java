package org.veille.analyse.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veille.analyse.TextOffsets;
import org.veille.model.Mention;
import org.veille.model.Quote;
import org.veille.model.QuoteKind;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * Stanford CoreNLP's own English quotations and speakers, as {@link Quote} records comparable with
 * Veille's: the published baseline of the quotation task, measured here on the same articles.
 *
 * <p>The pipeline is the one CoreNLP documents for quote attribution, with its defaults kept so that
 * what is measured is CoreNLP as shipped, not a tuned variant: {@code tokenize,ssplit,pos,lemma,ner,
 * depparse,coref,quote} with {@code quote.attributeQuotes=true}. Coreference runs CoreNLP's default
 * English algorithm, {@code statistical} (the one its English properties name, and the fastest of the
 * three model-based ones); the attribution's sieves use the coreference chains to turn a pronoun
 * into the name it stands for. The full NER (three CRFs, SUTime, fine-grained rules) is kept too,
 * since the attribution's list of possible speakers is its PERSON mentions.
 *
 * <p>Each quotation becomes a {@link QuoteKind#DIRECT} quote over the words inside its marks (CoreNLP's
 * span includes the marks). Its speaker is the canonical name CoreNLP resolves it to, else the
 * mention it links it to ("he"), else the speaker its mention-to-speaker sieves chose; the speaker
 * mention is where the linked mention is written. CoreNLP finds only text in quotation marks, so
 * indirect speech is never found: that is the measured gap, not a bug of this wrapper.
 *
 * <p>The models load on first use, once per instance (30-60 s). They hold about 1.5 GB of heap, and
 * CoreNLP's annotator cache keeps them until the JVM ends; long articles need a few hundred MB more:
 * give the JVM 3 GB (2 GB works, collecting all the time). It is slow, a hundred times slower than
 * Veille's analysis (PolNeAR dev: 6.3 CPU s for an 800-word article, 25 s at 2,800 words). English
 * only: CoreNLP's quote attribution has no French models.
 */
public final class CoreNlpQuoteBaseline {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpQuoteBaseline.class);
    /** CoreNLP links a speaker by rules and a small classifier; no probability comes with it. */
    private static final double CONFIDENCE = 0.5;

    private StanfordCoreNLP pipeline;

    /** Loads the models now rather than on the first article (for timing the load apart). */
    public void load() {
        pipeline();
    }

    /**
     * The quotations CoreNLP finds in an English article: the headline's (may be null; offsets in the
     * title, {@code inTitle}) then the body's, whose text is the paragraphs joined by blank lines, as
     * the analyse stage joins them.
     *
     * @throws RuntimeException whatever CoreNLP throws on a text it cannot handle; callers running a
     *                          whole set catch it per article
     */
    public List<Quote> quotes(String title, List<String> paragraphs) {
        List<Quote> quotes = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            quotes.addAll(quotes(title, true));
        }
        quotes.addAll(quotes(String.join("\n\n", paragraphs), false));
        return quotes;
    }

    private List<Quote> quotes(String text, boolean inTitle) {
        Annotation document = new Annotation(text);
        pipeline().annotate(document);
        List<CoreMap> found = document.get(CoreAnnotations.QuotationsAnnotation.class);
        if (found == null) {
            return List.of();
        }
        List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
        TextOffsets offsets = new TextOffsets(text);
        List<Quote> quotes = new ArrayList<>();
        for (CoreMap q : found) { // the top-level quotations; embedded ones are part of their words
            int[] span = QuoteMarks.inside(text, q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            Mention mention = mention(q, tokens, offsets);
            quotes.add(new Quote(text.substring(span[0], span[1]), QuoteKind.DIRECT, speaker(q), null, mention,
                    null, offsets.codePoint(span[0]), offsets.codePoint(span[1]), inTitle, CONFIDENCE));
        }
        return quotes;
    }

    /** The fullest name CoreNLP gives the speaker, or null when it links the quote to no one. */
    private static String speaker(CoreMap quote) {
        for (String name : new String[] {quote.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class),
                quote.get(QuoteAttributionAnnotator.MentionAnnotation.class),
                quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class)}) {
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return null;
    }

    /** Where the mention linked to the quote is written: its first and last tokens (document indexes). */
    private static Mention mention(CoreMap quote, List<CoreLabel> tokens, TextOffsets offsets) {
        Integer first = quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
        Integer last = quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
        String text = quote.get(QuoteAttributionAnnotator.MentionAnnotation.class);
        if (first == null || last == null || text == null || first < 0 || last < first || last >= tokens.size()) {
            return null;
        }
        return new Mention(text, offsets.codePoint(tokens.get(first).beginPosition()),
                offsets.codePoint(tokens.get(last).endPosition()));
    }

    private synchronized StanfordCoreNLP pipeline() {
        if (pipeline == null) {
            long start = System.nanoTime();
            Properties props = new Properties();
            props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
            props.setProperty("coref.algorithm", "statistical");
            props.setProperty("quote.attributeQuotes", "true");
            pipeline = new StanfordCoreNLP(props);
            LOG.info("CoreNLP quote+coref baseline loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
        return pipeline;
    }
}
