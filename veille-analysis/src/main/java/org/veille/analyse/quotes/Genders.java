package org.veille.analyse.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.veille.analyse.entities.EntityClusterer;
import org.veille.analyse.entities.FoundMention;
import org.veille.extract.ResourceLines;
import org.veille.model.EntityType;

/**
 * What an article shows of its people's gender, for the pronouns that refer to them: a courtesy title
 * ("M.", "Mme", "Mr", "Mrs"), and in French the words set right beside the name, which agree with it
 * ("l'avocate Saphia Foughar", "la ministre X", "Andrea Assor-Doukhan, avocate de…", "Antoine, 32 ans,
 * chargé de cours"). A person shown both ways is left unknown. First names are not used: a list of
 * them misleads as often as it helps across languages and cultures.
 */
public final class Genders {
    public enum Gender { FEMININE, MASCULINE, UNKNOWN }

    private static final Pattern WORD = Pattern.compile("[\\p{L}’'-]+");
    private static final Pattern APPOSITION = Pattern.compile("^\\s*,\\s*(?:\\d+\\s+ans\\s*,\\s*)?(?:(?:l['’]|la|le|une|un)\\s*)?([\\p{L}-]+)");

    private final Map<String, Gender> roles;

    public Genders(String language) {
        this.roles = new HashMap<>();
        if ("fr".equals(language)) {
            for (String line : ResourceLines.read(Genders.class, "role-genders-fr.txt")) {
                String[] parts = line.trim().split("\\s+");
                roles.put(parts[0], parts[1].equals("f") ? Gender.FEMININE : Gender.MASCULINE);
            }
        }
    }

    /** The gender each person cluster shows, by cluster index; others are unknown. */
    public Map<Integer, Gender> of(List<EntityClusterer.Cluster> clusters, String text) {
        Map<Integer, Gender> genders = new HashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            if (clusters.get(c).type() != EntityType.PERSON) {
                continue;
            }
            boolean feminine = false;
            boolean masculine = false;
            for (FoundMention m : clusters.get(c).mentions()) {
                Gender g = shown(m, text);
                feminine |= g == Gender.FEMININE;
                masculine |= g == Gender.MASCULINE;
            }
            if (feminine != masculine) {
                genders.put(c, feminine ? Gender.FEMININE : Gender.MASCULINE);
            }
        }
        return genders;
    }

    private Gender shown(FoundMention m, String text) {
        String t = m.text();
        if (t.startsWith("M. ") || t.startsWith("Mr ") || t.startsWith("Mr. ")) {
            return Gender.MASCULINE;
        }
        if (t.startsWith("Mme ") || t.startsWith("Mrs ") || t.startsWith("Ms ") || t.startsWith("Mlle ")) {
            return Gender.FEMININE;
        }
        if (roles.isEmpty()) {
            return Gender.UNKNOWN;
        }
        // Before the name: "l'avocate", "la ministre". "Le ministre" is no evidence: the masculine
        // title is also given to women.
        String before = text.substring(Math.max(0, m.start() - 40), m.start());
        List<String> words = WORD.matcher(before).results().map(r -> r.group().toLowerCase(Locale.ROOT)).toList();
        if (!words.isEmpty() && before.endsWith(" ")) {
            String last = words.get(words.size() - 1);
            String previous = words.size() >= 2 ? words.get(words.size() - 2) : "";
            Gender role = roles.get(last.replaceFirst("^l['’]", ""));
            if (role != null) {
                return role;
            }
            if (previous.equals("la") || previous.equals("une") || previous.equals("cette")) {
                return Gender.FEMININE;
            }
        }
        // Right after it, set off by a comma: "X, avocate de…", "X, 32 ans, chargé de cours".
        Matcher after = APPOSITION.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60)));
        if (after.find()) {
            Gender role = roles.get(after.group(1).toLowerCase(Locale.ROOT));
            if (role != null) {
                return role;
            }
        }
        return Gender.UNKNOWN;
    }
}
