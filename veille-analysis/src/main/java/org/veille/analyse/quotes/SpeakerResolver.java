package org.veille.analyse.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import org.veille.analyse.entities.EntityClusterer;
import org.veille.analyse.entities.FoundMention;
import org.veille.model.EntityType;

/**
 * Turns the subject a cue gives into a speaker, reading the article in order as a reader does:
 * <ul>
 *   <li>a name is its entity, under the entity's fullest name;</li>
 *   <li>a pronoun ("il", "a-t-elle ajouté", "he") is the most recent speaker it can stand for: one of
 *       the right gender when the article shows it by a title (M., Mme, Mr, Mrs), an organisation or a
 *       group for a plural; without a recent speaker, the most recent person named before it;</li>
 *   <li>a description is the entity the article described so ("Pavel Slunkin, l'analyste…", "le
 *       président russe Vladimir Poutine"), else it stays what the text says ("un initié"), with no
 *       entity: an unnamed source is not guessed.</li>
 * </ul>
 * Speakers are remembered for {@link #RECENT_PARAGRAPHS} paragraphs; past that, a pronoun is not
 * resolved (no speaker is better than a wrong one).
 */
final class SpeakerResolver {
    static final int RECENT_PARAGRAPHS = 4;

    /** A resolved speaker: the name to report, its cluster (-1 for none) and how sure we are. */
    record Speaker(String name, int entity, double confidence) {
        /** The same speaker, no surer than {@code cap}. */
        Speaker atMost(double cap) {
            return new Speaker(name, entity, Math.min(cap, confidence));
        }
    }

    private record Spoken(int entity, String name, int paragraph) {
    }

    private final List<EntityClusterer.Cluster> clusters;
    private final Map<Integer, Integer> clusterByMentionStart = new HashMap<>();
    private final Map<String, Integer> aliases;
    private final Grammar grammar;
    private final List<Spoken> recent = new ArrayList<>();
    private final String text;
    /** Char offset where each paragraph starts. */
    private final int[] paragraphStarts;
    /** The spans between quotation marks: a name inside them is quoted, not introduced. */
    private final List<int[]> quoted;
    private final Map<Integer, Genders.Gender> genders;
    /** Who the headline quotes ("affirme un initié"), or null. */
    private final String headlineSource;

    SpeakerResolver(List<EntityClusterer.Cluster> clusters, Map<String, Integer> aliases, Grammar grammar, String text,
                    int[] paragraphStarts, List<int[]> quoted, Genders genders, String headlineSource) {
        this.clusters = clusters;
        this.aliases = aliases;
        this.grammar = grammar;
        this.text = text;
        this.paragraphStarts = paragraphStarts;
        this.quoted = quoted;
        this.genders = genders.of(clusters, text);
        this.headlineSource = headlineSource;
        for (int c = 0; c < clusters.size(); c++) {
            for (FoundMention m : clusters.get(c).mentions()) {
                clusterByMentionStart.put(m.start(), c);
            }
        }
    }

    /** Resolves a subject met at char offset {@code at} in paragraph {@code paragraph}; null when unresolved. */
    Speaker resolve(Subject subject, int paragraph, int at) {
        return resolve(subject, paragraph, at, Set.of());
    }

    /**
     * Resolves a subject, a pronoun never standing for an entity in {@code namedInQuote}: the people
     * the quotation itself names in the third person ("il a déclaré que même si Loukachenko…" is not
     * Loukachenko speaking).
     */
    Speaker resolve(Subject subject, int paragraph, int at, Set<Integer> namedInQuote) {
        if (subject == null) {
            return lastSpeaker(paragraph, null, 0.5);
        }
        return switch (subject.kind()) {
            case NAMED -> named(subject);
            case PRONOUN -> pronoun(subject.text().toLowerCase(Locale.ROOT), paragraph, at, namedInQuote);
            case NOMINAL -> nominal(subject);
        };
    }

    /** The entities a stretch of text names. */
    Set<Integer> namedIn(int start, int end) {
        Set<Integer> named = new java.util.HashSet<>();
        for (Map.Entry<Integer, Integer> e : clusterByMentionStart.entrySet()) {
            if (e.getKey() >= start && e.getKey() < end) {
                named.add(e.getValue());
            }
        }
        return named;
    }

    /** Records that a speaker spoke, for the pronouns that follow. */
    void spoke(Speaker speaker, int paragraph) {
        if (speaker != null) {
            recent.add(0, new Spoken(speaker.entity(), speaker.name(), paragraph));
        }
    }

    /**
     * The speaker of a quotation no cue attributes: the latest speaker, else the person the article
     * is about (named most often, at least twice), as in a testimony quoted paragraph after paragraph.
     */
    Speaker contextSpeaker(int paragraph) {
        Speaker last = lastSpeaker(paragraph, null, 0.5);
        if (last != null) {
            return last;
        }
        int best = -1;
        for (int c = 0; c < clusters.size(); c++) {
            if (clusters.get(c).type() == EntityType.PERSON && clusters.get(c).mentions().size() >= 2
                    && (best < 0 || clusters.get(c).mentions().size() > clusters.get(best).mentions().size())) {
                best = c;
            }
        }
        return best < 0 ? null : new Speaker(clusters.get(best).name(), best, 0.4);
    }

    /** The latest speaker, for a quotation that continues or whose cue gives no subject. */
    Speaker lastSpeaker(int paragraph, String pronoun, double confidence) {
        return lastSpeaker(paragraph, pronoun, confidence, Set.of());
    }

    private Speaker lastSpeaker(int paragraph, String pronoun, double confidence, Set<Integer> excluded) {
        for (Spoken s : recent) {
            if (paragraph - s.paragraph() > RECENT_PARAGRAPHS) {
                return null;
            }
            if ((pronoun == null || compatible(s, pronoun)) && (s.entity() < 0 || !excluded.contains(s.entity()))) {
                return new Speaker(s.name(), s.entity(), confidence);
            }
        }
        return null;
    }

    private Speaker named(Subject subject) {
        Integer c = clusterByMentionStart.get(subject.start());
        if (c == null) {
            for (int i = 0; i < clusters.size() && c == null; i++) {
                for (FoundMention m : clusters.get(i).mentions()) {
                    if (m.start() <= subject.start() && subject.end() <= m.end()) {
                        c = i;
                        break;
                    }
                }
            }
        }
        return c == null ? new Speaker(subject.text(), -1, 0.7) : new Speaker(clusters.get(c).name(), c, 0.9);
    }

    private Speaker pronoun(String pronoun, int paragraph, int at, Set<Integer> excluded) {
        if (pronoun.equals("on")) {
            return new Speaker("on", -1, 0.5);
        }
        Speaker recentSpeaker = lastSpeaker(paragraph, pronoun, 0.75, excluded);
        boolean singular = !isPlural(pronoun);
        if (singular && (recentSpeaker == null || lastSpokeBefore(paragraph, recentSpeaker))) {
            Speaker introduced = introducedInParagraph(paragraph, at, pronoun, recentSpeaker, excluded);
            if (introduced != null) {
                return introduced;
            }
        }
        // In the first paragraphs, a pronoun whose only antecedent spoke two paragraphs back or more is
        // the source the headline announced: "…, affirme un initié" then "S'adressant à Express.co.uk,
        // il a déclaré…" two paragraphs after someone else's words.
        if (singular && headlineSource != null && paragraph <= HEADLINE_REACH
                && (recentSpeaker == null || !spokeWithin(paragraph, recentSpeaker, 1))) {
            return new Speaker(headlineSource, headlineEntity(), 0.5);
        }
        if (recentSpeaker != null) {
            return recentSpeaker;
        }
        if (!singular) {
            return null;
        }
        // No one spoke lately: the last person named before the pronoun.
        int best = latestPerson(c -> genderFits(c, pronoun) && !excluded.contains(c), m -> m.end() <= at);
        return best < 0 ? null : new Speaker(clusters.get(best).name(), best, 0.6);
    }

    private boolean isPlural(String pronoun) {
        return grammar.plural().contains(pronoun) || pronoun.equals("eux") || pronoun.equals("them");
    }

    /**
     * The person cluster, among those {@code cluster} accepts, with the latest mention {@code mention}
     * accepts (by start), or -1.
     */
    private int latestPerson(IntPredicate cluster, Predicate<FoundMention> mention) {
        int best = -1;
        int bestStart = -1;
        for (int c = 0; c < clusters.size(); c++) {
            if (clusters.get(c).type() != EntityType.PERSON || !cluster.test(c)) {
                continue;
            }
            for (FoundMention m : clusters.get(c).mentions()) {
                if (m.start() > bestStart && mention.test(m)) {
                    best = c;
                    bestStart = m.start();
                }
            }
        }
        return best;
    }

    /** The paragraphs from the top in which the headline's source stands in for a distant antecedent. */
    private static final int HEADLINE_REACH = 3;

    /** Whether the speaker last spoke at most {@code distance} paragraphs before {@code paragraph}. */
    private boolean spokeWithin(int paragraph, Speaker speaker, int distance) {
        Spoken last = lastSpoken(speaker);
        return last != null && paragraph - last.paragraph() <= distance;
    }

    /** When the speaker last spoke, or null. */
    private Spoken lastSpoken(Speaker speaker) {
        for (Spoken s : recent) {
            if (s.entity() == speaker.entity() && s.name().equals(speaker.name())) {
                return s;
            }
        }
        return null;
    }

    /** The body entity named like the headline's source, or -1 (an unnamed source has none). */
    private int headlineEntity() {
        for (int c = 0; c < clusters.size(); c++) {
            if (clusters.get(c).name().equals(headlineSource)) {
                return c;
            }
        }
        return -1;
    }

    /** Whether the speaker last spoke in an earlier paragraph than {@code paragraph}. */
    private boolean lastSpokeBefore(int paragraph, Speaker speaker) {
        Spoken last = lastSpoken(speaker);
        return last == null || last.paragraph() < paragraph;
    }

    /**
     * A person the pronoun's own paragraph brings in before the cue, after the last speaker spoke in
     * an earlier one: a new paragraph that names someone new moves the focus to them ("…comme nous le
     * raconte Antoine, 32 ans. « Je suis inquiet, glisse-t-il »"). Names inside quotation marks and
     * after a preposition ("interrogé sur Obama") are not introduced as subjects, so they do not count.
     */
    private Speaker introducedInParagraph(int paragraph, int at, String pronoun, Speaker last, Set<Integer> excluded) {
        if (paragraph < 0 || paragraph >= paragraphStarts.length) {
            return null;
        }
        int from = paragraphStarts[paragraph];
        int best = latestPerson(c -> (last == null || c != last.entity()) && genderFits(c, pronoun) && !excluded.contains(c),
                m -> m.start() >= from && m.end() <= at && !Spans.contains(quoted, m.start()) && !afterPreposition(m.start()));
        return best < 0 ? null : new Speaker(clusters.get(best).name(), best, 0.65);
    }

    private boolean afterPreposition(int offset) {
        int end = offset;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '’')) {
            start--;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        return grammar.prepositions().contains(word) && !word.equals("avec") && !word.equals("with");
    }

    private Speaker nominal(Subject subject) {
        String key = aliasKey(subject.text(), grammar);
        Integer c = aliases.get(key);
        if (c != null) {
            return new Speaker(clusters.get(c).name(), c, 0.8);
        }
        // A work speaks for its author: "l'ouvrage d'Éric Chauvier… le livre dénonçait…".
        if (WORKS.matcher(key).matches()) {
            int author = authorBefore(subject.start());
            if (author >= 0) {
                return new Speaker(clusters.get(author).name(), author, 0.6);
            }
        }
        return new Speaker(subject.text(), -1, 0.7);
    }

    private boolean compatible(Spoken s, String pronoun) {
        boolean plural = isPlural(pronoun);
        if (s.entity() < 0) {
            return !plural;
        }
        EntityType type = clusters.get(s.entity()).type();
        if (plural) {
            return type == EntityType.ORGANIZATION;
        }
        return genderFits(s.entity(), pronoun) && (type == EntityType.PERSON || type == EntityType.ORGANIZATION
                || pronoun.equals("il") || pronoun.equals("it"));
    }

    /** Whether what the article shows of a cluster's gender ({@link Genders}) allows the pronoun's. */
    private boolean genderFits(int cluster, String pronoun) {
        Genders.Gender shown = genders.getOrDefault(cluster, Genders.Gender.UNKNOWN);
        if (grammar.feminine().contains(pronoun)) {
            return shown != Genders.Gender.MASCULINE;
        }
        if (pronoun.equals("il") || pronoun.equals("he")) {
            return shown != Genders.Gender.FEMININE;
        }
        return true;
    }

    /** Words that name a work by someone: its author is the one speaking through it. */
    private static final java.util.regex.Pattern WORKS = java.util.regex.Pattern.compile(
            "(?:livre|ouvrage|essai|roman|récit|recueil|book|novel|memoir|essay)(?:\\s.*)?");
    private static final java.util.regex.Pattern WORK_OF = java.util.regex.Pattern.compile(
            "(?:livre|ouvrage|essai|roman|récit|recueil|book|novel|memoir|essay)\\s+(?:de|d['’]|du|by)\\s*$",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** The person last named as a work's author ("l'ouvrage d'Éric Chauvier") before {@code at}, or -1. */
    private int authorBefore(int at) {
        return latestPerson(c -> true,
                m -> m.start() < at && WORK_OF.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find());
    }

    private static final java.util.regex.Pattern EMPHASIS =
            java.util.regex.Pattern.compile("\\s+(?:lui|elle|eux|elles)-mêmes?$|\\s+(?:him|her|them)sel(?:f|ves)$");

    /** A description without its determiner, lower case: "le président russe" gives "président russe". */
    static String aliasKey(String description, Grammar grammar) {
        // "le Premier ministre lui-même" is "le Premier ministre".
        String d = EMPHASIS.matcher(description.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll("").strip();
        for (String det : grammar.determiners()) {
            String prefix = det.endsWith("'") || det.endsWith("’") ? det.replace('’', '\'') : det + " ";
            if (d.startsWith(prefix)) {
                return d.substring(prefix.length()).strip();
            }
        }
        return d;
    }
}
