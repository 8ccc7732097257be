package org.veille.analyse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.veille.analyse.attribution.AttributionTagger;
import org.veille.analyse.attribution.TaggedQuoteFinder;
import org.veille.analyse.dates.DateFinder;
import org.veille.analyse.dates.FoundDate;
import org.veille.analyse.entities.Entities;
import org.veille.analyse.entities.EntityClusterer;
import org.veille.analyse.nlp.AnnotatedText;
import org.veille.analyse.nlp.CoreNlpAnnotator;
import org.veille.analyse.nlp.TextAnnotator;
import org.veille.analyse.quotes.FoundQuote;
import org.veille.analyse.quotes.QuoteFinder;
import org.veille.analyse.quotes.Subject;
import org.veille.model.Analysis;
import org.veille.model.DateMention;
import org.veille.model.Entity;
import org.veille.model.Mention;
import org.veille.model.Extraction;
import org.veille.model.Quote;
import org.veille.pipeline.AnalysisStage;

/**
 * The analyse stage: an extracted article's entities, quotations and dates. The body is annotated once;
 * the headline on its own, since its quotations ("… “changerait de camp”, affirme un initié") are
 * reported in title offsets. Dates are read from the body, counted from the publication date. A
 * language without models gets an empty layer, not a guess.
 */
public final class Analyser implements AnalysisStage {
    private final TextAnnotator annotator;
    private final Entities entities = new Entities();
    /** One finder per language, built once: each holds its language's speech-verb forms. */
    private final Map<String, QuoteFinder> finders = new HashMap<>();
    private final Map<String, DateFinder> dateFinders = new HashMap<>();
    /** Languages whose quotations a learned tagger finds instead of the rules. */
    private final Map<String, TaggedQuoteFinder> taggedFinders = new HashMap<>();

    public Analyser(TextAnnotator annotator) {
        this(annotator, List.of());
    }

    /**
     * @param taggers learned attribution taggers: each finds the quotations of its language in place of
     *                the rules (the other layers are unchanged)
     */
    public Analyser(TextAnnotator annotator, List<AttributionTagger> taggers) {
        this.annotator = annotator;
        for (AttributionTagger tagger : taggers) {
            if (!annotator.languages().contains(tagger.language())) {
                throw new IllegalArgumentException("an attribution model for " + tagger.language()
                        + ", a language the annotator has no models for");
            }
            taggedFinders.put(tagger.language(), new TaggedQuoteFinder(tagger));
        }
        for (String language : annotator.languages()) {
            finders.put(language, new QuoteFinder(language));
            if (DateFinder.supports(language)) {
                dateFinders.put(language, new DateFinder(language));
            }
        }
    }

    /**
     * The analyser the commands run: CoreNLP's models and the rules, with a learned attribution model
     * for its language when one is given ({@code veille train attribution}); English parts of speech
     * are tagged only then, since only the model reads them.
     *
     * @param attributionModel a model file, or null for the rules alone
     * @throws IOException when the model cannot be read
     */
    public static Analyser standard(Path attributionModel) throws IOException {
        return standard(attributionModel == null ? List.of() : List.of(AttributionTagger.load(attributionModel)));
    }

    /** The analyser the commands run, with taggers already loaded (none: the rules alone). */
    public static Analyser standard(List<AttributionTagger> taggers) {
        return new Analyser(new CoreNlpAnnotator(!taggers.isEmpty()), taggers);
    }

    @Override
    public Analysis analyse(Extraction article, String language) {
        return analyse(article.title(), article.paragraphs(), article.captions(), article.published(), language);
    }

    /** The analysis of a headline (may be null) and body paragraphs in {@code language}, with no publication date. */
    public Analysis analyse(String title, List<String> paragraphs, String language) {
        return analyse(title, paragraphs, null, language);
    }

    /**
     * The analysis of a headline (may be null) and body paragraphs in {@code language}.
     *
     * @param published the publication date or timestamp as extraction gives it, or null
     */
    public Analysis analyse(String title, List<String> paragraphs, String published, String language) {
        return analyse(title, paragraphs, List.of(), published, language);
    }

    /**
     * The analysis of a headline (may be null) and body paragraphs in {@code language}; the captions
     * are not analysed, only read for who holds a role ("Le président russe Vladimir Poutine…").
     *
     * @param published the publication date or timestamp as extraction gives it, or null
     */
    public Analysis analyse(String title, List<String> paragraphs, List<String> captions, String published, String language) {
        if (language == null || !annotator.languages().contains(language)) {
            return Analysis.empty();
        }
        String body = String.join("\n\n", paragraphs);
        AnnotatedText annotated = annotator.annotate(body, language);
        List<EntityClusterer.Cluster> clusters = entities.clusters(annotated);
        TextOffsets bodyOffsets = new TextOffsets(body);
        List<Entity> entityRecords = Entities.records(clusters, bodyOffsets);
        QuoteFinder finder = finders.get(language);
        TaggedQuoteFinder tagged = taggedFinders.get(language);
        List<Quote> quotes = new ArrayList<>();
        String headlineSource = null;
        if (title != null && !title.isBlank()) {
            AnnotatedText headline = annotator.annotate(title, language);
            List<EntityClusterer.Cluster> titleClusters = entities.clusters(headline);
            TextOffsets titleOffsets = new TextOffsets(title);
            for (FoundQuote q : tagged != null ? tagged.find(headline, titleClusters) : finder.find(headline, List.of(title), titleClusters)) {
                quotes.add(record(q, titleOffsets, true, linkByName(q.speaker(), entityRecords)));
                headlineSource = headlineSource == null ? q.speaker() : headlineSource;
            }
        }
        List<FoundQuote> bodyQuotes = tagged != null ? tagged.find(annotated, clusters)
                : finder.find(annotated, paragraphs, clusters, headlineSource);
        for (FoundQuote q : bodyQuotes) {
            quotes.add(record(q, bodyOffsets, false, q.entity() >= 0 ? Entities.id(q.entity()) : null));
        }
        quotes = LateNaming.apply(quotes, entityRecords);
        RoleLinks.Linked linked = RoleLinks.apply(quotes, entityRecords, body, captions);
        return new Analysis(linked.entities(), linked.quotes(), dates(body, bodyOffsets, published, language));
    }

    private List<DateMention> dates(String body, TextOffsets offsets, String published, String language) {
        DateFinder finder = dateFinders.get(language);
        if (finder == null) {
            return List.of();
        }
        List<DateMention> dates = new ArrayList<>();
        for (FoundDate d : finder.find(body, DateFinder.publicationDay(published))) {
            dates.add(new DateMention(d.text(), d.value(), d.resolution(), offsets.codePoint(d.start()), offsets.codePoint(d.end())));
        }
        return dates;
    }

    /** A headline speaker is the body's entity of the same name, if any. */
    private static String linkByName(String speaker, List<Entity> entities) {
        if (speaker == null) {
            return null;
        }
        for (Entity e : entities) {
            if (e.name().equals(speaker) || e.mentions().stream().anyMatch(m -> m.text().equals(speaker))) {
                return e.id();
            }
        }
        return null;
    }

    private static Quote record(FoundQuote q, TextOffsets offsets, boolean inTitle, String entityId) {
        Subject s = q.speakerMention();
        Mention mention = s == null ? null : new Mention(s.text(), offsets.codePoint(s.start()), offsets.codePoint(s.end()));
        return new Quote(q.text(), q.kind(), q.speaker(), entityId, mention, q.cue(), offsets.codePoint(q.start()),
                offsets.codePoint(q.end()), inTitle, Math.max(0, Math.min(1, q.confidence())));
    }
}
