package org.veille.analyse.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.veille.analyse.entities.EntityClusterer;
import org.veille.analyse.entities.FoundMention;
import org.veille.analyse.nlp.AnnotatedText;
import org.veille.analyse.quotes.FoundQuote;
import org.veille.analyse.quotes.Genders;
import org.veille.analyse.quotes.Subject;
import org.veille.model.EntityType;
import org.veille.model.QuoteKind;

/**
 * The quotations of a text as a learned {@link AttributionTagger} finds them, each with its speaker:
 * <ul>
 *   <li>a source that holds a named entity is that entity, under its fullest name (a person before an
 *       organisation, the last of equals, never a possessor: "Trump campaign manager Kellyanne Conway"
 *       is Kellyanne Conway, "Trump's campaign" is a description);</li>
 *   <li>a pronoun source ("he", "they") is the latest speaker it can stand for: a person for "he"
 *       and "she", not one the article shows to be of the other gender ({@link Genders}: "Mrs.",
 *       "Mr."), anyone for the others; with no earlier speaker, the last such person named before it;</li>
 *   <li>any other source ("officials", "the campaign") is kept as the text describes it, with no
 *       entity;</li>
 *   <li>a content without a cue carries on the previous quotation and takes its speaker (it has no
 *       cue of its own), a cue without a source gives no speaker.</li>
 * </ul>
 * The kind is read from the marks: a content that opens with a quotation mark is direct, one with a
 * quoted part is mixed, the rest indirect. Direct contents are reported without their outer marks.
 */
public final class TaggedQuoteFinder {
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
    private static final Set<String> FEMININE = Set.of("she", "her");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "him", "her", "them",
            "his", "their", "its");
    private static final String MARKS = "\"“”«»‘’'`";
    private static final double NAMED = 0.85;
    private static final double PRONOUN = 0.7;
    private static final double PRONOUN_FALLBACK = 0.5;
    private static final double DESCRIBED = 0.6;
    private static final double CARRIED_ON = 0.5;
    private static final double NO_SOURCE = 0.3;

    private final AttributionTagger tagger;
    private final Genders genders;

    public TaggedQuoteFinder(AttributionTagger tagger) {
        this.tagger = tagger;
        this.genders = new Genders(tagger.language());
    }

    /** A mention with the index of its cluster. */
    private record Indexed(FoundMention mention, int cluster) {
    }

    public List<FoundQuote> find(AnnotatedText text, List<EntityClusterer.Cluster> clusters) {
        List<Indexed> mentions = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            for (FoundMention m : clusters.get(c).mentions()) {
                mentions.add(new Indexed(m, c));
            }
        }
        mentions.sort(Comparator.comparingInt(i -> i.mention().start()));
        Map<Integer, Genders.Gender> shown = genders.of(clusters, text.text());
        List<FoundQuote> quotes = new ArrayList<>();
        for (TaggedAttribution a : tagger.attributions(text)) {
            int start = a.content().start();
            int end = a.content().end();
            // Leading and trailing spaces and a direct quotation's own marks are not its words.
            while (start < end && Character.isWhitespace(text.text().charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.text().charAt(end - 1))) {
                end--;
            }
            QuoteKind kind = QuoteKind.INDIRECT;
            if (end > start && MARKS.indexOf(text.text().charAt(start)) >= 0) {
                kind = QuoteKind.DIRECT;
                start++;
                // The closing mark, a full stop or comma the sentence put after it, and the comma English
                // puts inside it before the cue ("“…,” she said").
                while (end > start && (MARKS.indexOf(text.text().charAt(end - 1)) >= 0 || ".,".indexOf(text.text().charAt(end - 1)) >= 0
                        && end - 2 > start && MARKS.indexOf(text.text().charAt(end - 2)) >= 0)) {
                    end--;
                }
                if (end > start && text.text().charAt(end - 1) == ',') {
                    end--;
                }
            } else if (containsMark(text.text(), start, end)) {
                kind = QuoteKind.MIXED;
            }
            if (end <= start) {
                continue;
            }
            String cue = a.cue() == null ? null : text.text().substring(a.cue().start(), a.cue().end());
            FoundQuote previous = quotes.isEmpty() ? null : quotes.get(quotes.size() - 1);
            String quoted = text.text().substring(start, end);
            if (a.source() != null) {
                quotes.add(withSource(text, a.source(), quoted, kind, start, end, cue, mentions, clusters, shown, quotes));
            } else if (a.cue() == null && previous != null) {
                quotes.add(new FoundQuote(quoted, kind, start, end, null, previous.speaker(), previous.entity(), null,
                        Math.min(CARRIED_ON, previous.confidence())));
            } else {
                quotes.add(new FoundQuote(quoted, kind, start, end, cue, null, -1, null, NO_SOURCE));
            }
        }
        return quotes;
    }

    private static FoundQuote withSource(AnnotatedText text, TaggedAttribution.Piece source, String quoted, QuoteKind kind,
                                         int start, int end, String cue, List<Indexed> mentions,
                                         List<EntityClusterer.Cluster> clusters, Map<Integer, Genders.Gender> shown,
                                         List<FoundQuote> earlier) {
        String words = text.text().substring(source.start(), source.end());
        int chosen = speakerAmong(text.text(), source, mentions.stream().map(Indexed::mention).toList(),
                mentions.stream().map(i -> clusters.get(i.cluster()).type()).toList());
        Indexed named = chosen < 0 ? null : mentions.get(chosen);
        if (named != null) {
            return new FoundQuote(quoted, kind, start, end, cue, clusters.get(named.cluster()).name(), named.cluster(),
                    new Subject(Subject.Kind.NAMED, words, source.start(), source.end()), NAMED);
        }
        String lower = words.strip().toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) {
            Subject subject = new Subject(Subject.Kind.PRONOUN, words, source.start(), source.end());
            boolean person = PERSONAL.contains(lower);
            // The gender a personal pronoun rules out, when the article shows it.
            Genders.Gender excluded = !person ? null : FEMININE.contains(lower) ? Genders.Gender.MASCULINE : Genders.Gender.FEMININE;
            for (int q = earlier.size() - 1; q >= 0; q--) {
                FoundQuote e = earlier.get(q);
                if (e.entity() >= 0 && (!person || clusters.get(e.entity()).type() == EntityType.PERSON && shown.get(e.entity()) != excluded)) {
                    return new FoundQuote(quoted, kind, start, end, cue, e.speaker(), e.entity(), subject, PRONOUN);
                }
            }
            for (int m = mentions.size() - 1; m >= 0; m--) {
                Indexed i = mentions.get(m);
                if (i.mention().end() <= source.start() && clusters.get(i.cluster()).type() == EntityType.PERSON
                        && (excluded == null || shown.get(i.cluster()) != excluded)) {
                    return new FoundQuote(quoted, kind, start, end, cue, clusters.get(i.cluster()).name(), i.cluster(), subject,
                            PRONOUN_FALLBACK);
                }
            }
            return new FoundQuote(quoted, kind, start, end, cue, null, -1, subject, NO_SOURCE);
        }
        return new FoundQuote(quoted, kind, start, end, cue, words.strip(), -1,
                new Subject(Subject.Kind.NOMINAL, words, source.start(), source.end()), DESCRIBED);
    }

    /**
     * Which of the mentions (with their entities' types) a source names as its speaker, or -1: a
     * person before an organisation before the rest, and of equal ones the last, since English puts
     * the name after its description ("Trump campaign manager Kellyanne Conway"). A possessor ("Trump's
     * campaign", "Clinton’s spokesman") is not the speaker: a source naming only a possessor is a
     * description.
     */
    static int speakerAmong(String text, TaggedAttribution.Piece source, List<FoundMention> mentions, List<EntityType> types) {
        int best = -1;
        for (int m = 0; m < mentions.size(); m++) {
            FoundMention mention = mentions.get(m);
            boolean inside = mention.start() < source.end() && mention.end() > source.start();
            if (!inside || possessor(text, mention.end())) {
                continue;
            }
            if (best < 0 || rank(types.get(m)) <= rank(types.get(best))) {
                best = m;
            }
        }
        return best;
    }

    private static boolean possessor(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && Character.toLowerCase(text.charAt(end + 1)) == 's'
                && (end + 2 == text.length() || !Character.isLetter(text.charAt(end + 2)));
    }

    /** Which entity type a source names first: a person, then an organisation, then the rest. */
    private static int rank(EntityType type) {
        return type == EntityType.PERSON ? 0 : type == EntityType.ORGANIZATION ? 1 : 2;
    }

    private static boolean containsMark(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»') {
                return true;
            }
        }
        return false;
    }
}
