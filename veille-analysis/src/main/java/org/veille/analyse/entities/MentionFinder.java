package org.veille.analyse.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.veille.analyse.nlp.AnnotatedText;
import org.veille.analyse.nlp.Sentence;
import org.veille.analyse.nlp.Token;
import org.veille.analyse.nlp.WebNames;
import org.veille.extract.ResourceLines;
import org.veille.model.EntityType;
import org.veille.text.CourtesyTitles;

/**
 * Reads the names out of an annotated text: runs of words the tagger gave one entity class, then our
 * corrections where the statistical tagger is weak on news:
 * <ul>
 *   <li>media outlets, agencies and platforms are organisations ({@code organisations.txt}: the tagger
 *       calls "Telegram" misc and "Express" a place), and so is any web address used as a name;</li>
 *   <li>a name the tagger left out or cut short is not guessed here: a wrong entity costs more than a
 *       missing one downstream, where speakers are resolved.</li>
 * </ul>
 * Words that carry no name on their own (a lone lower-case word, punctuation) are not mentions; a
 * person's courtesy title ("M.", "Mme", "Mr") belongs to the mention.
 */
public final class MentionFinder {
    private final Pattern organisations;

    public MentionFinder() {
        this.organisations = listedNames("organisations.txt");
    }

    public List<FoundMention> find(AnnotatedText text) {
        List<FoundMention> mentions = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            collectTagged(text, sentence, mentions);
        }
        addListed(text.text(), mentions);
        addAcronyms(text.text(), mentions);
        mentions.sort(Comparator.comparingInt(FoundMention::start));
        return mentions;
    }

    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{2,7}(?![\\p{L}\\p{N}])");

    /**
     * An acronym of an organisation the text names in full is that organisation too ("l'IGGN" after
     * "l'Inspection générale de la Gendarmerie nationale"): the tagger rarely marks acronyms, and the
     * clusterer joins them to the full name.
     */
    private static void addAcronyms(String text, List<FoundMention> mentions) {
        java.util.Set<String> initials = new java.util.HashSet<>();
        for (FoundMention m : mentions) {
            if (m.type() != EntityType.ORGANIZATION) {
                continue;
            }
            String letters = NameKey.initials(m.text()).toUpperCase(java.util.Locale.ROOT);
            if (letters.length() >= 2) {
                initials.add(letters);
            }
        }
        if (initials.isEmpty()) {
            return;
        }
        Matcher m = ACRONYM.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (initials.contains(m.group()) && mentions.stream().noneMatch(f -> f.start() < end && start < f.end())) {
                mentions.add(new FoundMention(m.group(), start, end, EntityType.ORGANIZATION));
            }
        }
    }

    /** Runs of same-class words; French contractions give two words on the same characters, read once. */
    private static void collectTagged(AnnotatedText text, Sentence sentence, List<FoundMention> mentions) {
        EntityType runType = null;
        int runStart = -1;
        int runEnd = -1;
        for (Token token : sentence.tokens()) {
            EntityType type = WebNames.is(text.surface(token)) ? EntityType.ORGANIZATION : token.entity();
            if (type != null && type == runType) {
                runEnd = Math.max(runEnd, token.end());
                continue;
            }
            addRun(text.text(), runType, runStart, runEnd, mentions);
            runType = type;
            runStart = token.start();
            runEnd = token.end();
        }
        addRun(text.text(), runType, runStart, runEnd, mentions);
    }

    private static void addRun(String text, EntityType type, int start, int end, List<FoundMention> mentions) {
        if (type == null) {
            return;
        }
        // "Antoine*": the asterisk marks a first name the paper changed to protect a witness; the
        // tagger takes the starred word for a thing, but it is a person's name.
        if (end < text.length() && text.charAt(end) == '*' || end > start && text.charAt(end - 1) == '*') {
            type = EntityType.PERSON;
        }
        // A tagger run may take in the punctuation around a name ("« Force"); the name starts at a letter.
        while (start < end && !Character.isLetterOrDigit(text.codePointAt(start))) {
            start++;
        }
        while (end > start && ".,;:!?»«“”\"'’)(*".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (start >= end) {
            return;
        }
        // An initial keeps its full stop: "Yassin E.", "John F. Kennedy" end in a letter and a dot.
        if (type == EntityType.PERSON && end < text.length() && text.charAt(end) == '.' && end - start >= 3
                && Character.isUpperCase(text.charAt(end - 1)) && text.charAt(end - 2) == ' ') {
            end++;
        }
        String name = text.substring(start, end);
        if (!Character.isUpperCase(name.codePointAt(0)) && !Character.isDigit(name.codePointAt(0))
                && name.chars().noneMatch(Character::isUpperCase)) {
            return;
        }
        if (name.codePoints().noneMatch(Character::isLetter)) {
            return;
        }
        if (type != EntityType.PERSON && INSTITUTION_HEADS.contains(firstWord(name))) {
            // "ministère des Affaires étrangères du Bélarus": the tagger reads the place in it, but a
            // ministry, a court or an agency is an organisation.
            type = EntityType.ORGANIZATION;
        }
        if (type == EntityType.PERSON) {
            // The courtesy title is part of how the article names the person ("M. Slunkin").
            Matcher title = CourtesyTitles.BEFORE_NAME.matcher(text.substring(Math.max(0, start - 8), start));
            if (title.find()) {
                start -= title.group().length();
                name = text.substring(start, end);
            }
        }
        mentions.add(new FoundMention(name, start, end, type));
    }

    /** Head words of institutions' names, in French and English. */
    private static final java.util.Set<String> INSTITUTION_HEADS = java.util.Set.of("ministère", "ministry", "secrétariat",
            "tribunal", "cour", "court", "parquet", "agence", "agency", "commission", "conseil", "council", "assemblée",
            "assembly", "sénat", "senate", "université", "university", "department", "gendarmerie", "police",
            "banque", "bank", "institut", "institute", "office", "autorité", "authority", "parlement", "parliament");

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return (space < 0 ? name : name.substring(0, space)).toLowerCase(java.util.Locale.ROOT);
    }

    /** Listed organisations override what the tagger said of the same characters, and are added where it said nothing. */
    private void addListed(String text, List<FoundMention> mentions) {
        Matcher m = organisations.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            mentions.removeIf(f -> f.start() < end && start < f.end() && f.start() >= start && f.end() <= end);
            boolean inside = mentions.stream().anyMatch(f -> f.start() <= start && end <= f.end());
            if (!inside) {
                mentions.add(new FoundMention(m.group(), start, end, EntityType.ORGANIZATION));
            }
        }
    }

    /**
     * The listed names as one pattern of whole-word alternatives, longest first, so that one scan of
     * the text finds "The New York Times" rather than the "New York Times" inside it.
     */
    private static Pattern listedNames(String resource) {
        List<String> names = new ArrayList<>(ResourceLines.read(MentionFinder.class, resource));
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String name : names) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(name));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }
}
