package org.veille.analyse.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.veille.model.EntityType;
import org.veille.text.CourtesyTitles;

/**
 * Groups the mentions of one article into entities, one per real thing, named by its fullest form.
 *
 * <p>News names a person in full once and then by surname, with or without a title ("Pavel Slunkin" …
 * "M. Slunkin" … "Slunkin"), sometimes by first name: a person mention joins the entity whose name ends
 * with it (or begins with it, for a lone first name), and when a full name comes after its short form
 * the two are joined too. When a short form fits several people ("Clinton" after "Hillary Clinton" and
 * "Bill Clinton"), the one mentioned last wins, as a reader would take it. Organisations and places join
 * on the same words, or on an acronym of the name ("ONU" for "Organisation des Nations unies"). A name
 * the tagger typed differently in two places keeps the type most of its mentions have.
 */
public final class EntityClusterer {

    /**
     * An entity being built: its mentions with their name keys, the type votes, and the index of its
     * latest mention. What is read of it (name, type) is kept up to date as mentions are added, since
     * the clusterer and the speaker resolver ask for it once per mention or quotation.
     */
    public static final class Cluster {
        private final List<FoundMention> mentions = new ArrayList<>();
        /** {@link NameKey#words} of each mention, in the same order. */
        private final List<List<String>> keys = new ArrayList<>();
        private final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        private String name;
        private List<String> words;
        private String bestName;
        private int lastSeen;

        private Cluster(FoundMention first, List<String> key, int index) {
            add(first, key, index);
        }

        private void add(FoundMention mention, List<String> w, int index) {
            mentions.add(mention);
            keys.add(w);
            votes.merge(mention.type(), 1, Integer::sum);
            bestName = null;
            // The fullest form names the entity, except a full name the tagger ran into a preceding
            // word ("ministre de la Santé Roman Prymula" tags "Santé Roman Prymula").
            boolean extendsLeft = words != null && words.size() > 1 && w.size() > words.size()
                    && w.subList(w.size() - words.size(), w.size()).equals(words);
            if (name == null || w.size() > words.size() && !extendsLeft) {
                name = stripLeading(mention.text());
                words = w;
            }
            lastSeen = index;
        }

        /**
         * The entity's name: its fullest form, unless a shorter full name (two words or more) at its end
         * is used at least as often: "Roman Prymula" rather than the "Santé Roman Prymula" a tagger made
         * of "ministre de la Santé Roman Prymula" once.
         */
        public String name() {
            if (bestName == null) {
                List<String> full = NameKey.words(name);
                String best = name;
                int bestCount = count(full);
                for (int i = 0; i < mentions.size(); i++) {
                    List<String> w = keys.get(i);
                    boolean endOfFull = w.size() >= 2 && w.size() < full.size()
                            && full.subList(full.size() - w.size(), full.size()).equals(w);
                    if (endOfFull && count(w) > bestCount) {
                        best = stripLeading(mentions.get(i).text());
                        bestCount = count(w);
                    }
                }
                bestName = best;
            }
            return bestName;
        }

        private int count(List<String> words) {
            int n = 0;
            for (List<String> key : keys) {
                if (key.equals(words)) {
                    n++;
                }
            }
            return n;
        }

        public List<FoundMention> mentions() {
            return Collections.unmodifiableList(mentions);
        }

        /** The type most mentions carry; ties go to the first mention's. */
        public EntityType type() {
            EntityType best = mentions.get(0).type();
            for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
                if (e.getValue() > votes.get(best)) {
                    best = e.getKey();
                }
            }
            return best;
        }
    }

    /** The clusters of the mentions, in order of first mention. */
    public List<Cluster> cluster(List<FoundMention> mentions) {
        List<Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            FoundMention mention = mentions.get(i);
            List<String> words = NameKey.words(mention.text());
            if (words.isEmpty()) {
                continue;
            }
            Cluster home = null;
            for (Cluster c : clusters) {
                if (sameThing(c, mention, words) && (home == null || c.lastSeen > home.lastSeen)) {
                    home = c;
                }
            }
            if (home == null) {
                clusters.add(new Cluster(mention, words, i));
            } else {
                home.add(mention, words, i);
            }
        }
        return clusters;
    }

    private static boolean sameThing(Cluster c, FoundMention mention, List<String> words) {
        List<String> known = c.words;
        if (known.equals(words)) {
            return true;
        }
        if (mention.type() == EntityType.PERSON && c.type() == EntityType.PERSON) {
            // A surname joins the full name; so does a first name, hyphenated or not ("Marie-Pierre"),
            // whether it comes after the full name or before it ("Marsha", then "Marsha P. Johnson").
            return endsWith(known, words) || endsWith(words, known)
                    || startsWith(known, words) && isFirstName(mention.text()) || startsWith(words, known) && isFirstName(c.name);
        }
        if (mention.type() != EntityType.PERSON && c.type() != EntityType.PERSON) {
            String acronym = String.join("", words);
            return (words.size() == 1 && acronym.length() >= 2 && isAcronym(mention.text())
                    && acronym.equals(NameKey.initials(c.name)))
                    || (known.size() == 1 && isAcronym(c.name) && known.get(0).equals(NameKey.initials(mention.text())));
        }
        return false;
    }

    /** Whether {@code whole} starts with all of {@code part} and has more words. */
    private static boolean startsWith(List<String> whole, List<String> part) {
        return part.size() < whole.size() && whole.subList(0, part.size()).equals(part);
    }

    /** A name written as one word, hyphens allowed: a first name used alone ("Marsha", "Marie-Pierre"). */
    private static boolean isFirstName(String name) {
        return !name.strip().contains(" ");
    }

    /** Whether a name's last word is written in capitals ("CNIL", "La CNIL"). */
    private static boolean isAcronym(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return last.length() >= 2 && last.equals(last.toUpperCase(java.util.Locale.ROOT)) && last.chars().anyMatch(Character::isLetter);
    }

    /** Whether {@code whole} ends with all of {@code part} (word by word). */
    private static boolean endsWith(List<String> whole, List<String> part) {
        if (part.size() > whole.size()) {
            return false;
        }
        return whole.subList(whole.size() - part.size(), whole.size()).equals(part);
    }

    /** "M. Slunkin" is named "Slunkin"; "le Hamas" keeps its article (it is part of how French names it). */
    private static String stripLeading(String text) {
        return CourtesyTitles.OPENING.matcher(text).replaceFirst("");
    }

}
