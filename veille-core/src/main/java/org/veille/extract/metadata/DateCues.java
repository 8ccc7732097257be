package org.veille.extract.metadata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.veille.extract.ResourceLines;

/**
 * Says what the words just before a written date make of it: a publication date ("Veröffentlicht am",
 * "Publié le"), a revision ("Updated", "mis à jour") or a copyright notice. The cue words live in
 * {@code date-cues.txt}.
 */
final class DateCues {
    /** What a date's cue says about it. */
    enum Cue { PUBLISHED, UPDATED, COPYRIGHT, NONE }

    /** How far before the date a cue may start: room for "am Montag, " or " on: " between them. */
    static final int REACH = 32;

    private final Pattern published;
    private final Pattern updated;
    private final Pattern copyright;

    DateCues() {
        List<String> pub = new ArrayList<>();
        List<String> upd = new ArrayList<>();
        List<String> copy = new ArrayList<>();
        for (String line : ResourceLines.read(DateCues.class, "date-cues.txt")) {
            int space = line.indexOf(' ');
            String kind = line.substring(0, space);
            String words = line.substring(space + 1).strip();
            switch (kind) {
                case "published" -> pub.add(words);
                case "updated" -> upd.add(words);
                case "copyright" -> copy.add(words);
                default -> throw new IllegalStateException("unknown date cue kind: " + line);
            }
        }
        this.published = alternation(pub);
        this.updated = alternation(upd);
        this.copyright = alternation(copy);
    }

    /** The cue in the text just before a date ({@code before} ends where the date starts). */
    Cue of(String before) {
        String tail = before.length() > REACH ? before.substring(before.length() - REACH) : before;
        tail = tail.toLowerCase(Locale.ROOT);
        int pub = lastEnd(published, tail);
        int upd = lastEnd(updated, tail);
        int copy = lastEnd(copyright, tail);
        if (copy >= 0 && copy >= pub && copy >= upd) {
            return Cue.COPYRIGHT;
        }
        // "Published 3 May, updated 4 May": the cue nearest the date speaks for it.
        if (upd > pub) {
            return Cue.UPDATED;
        }
        return pub >= 0 ? Cue.PUBLISHED : Cue.NONE;
    }

    private static int lastEnd(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    /** Longest words first so "last updated" wins over "updated"; words must stand alone. */
    private static Pattern alternation(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder regex = new StringBuilder("(?<![\\p{L}])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            regex.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
        }
        return Pattern.compile(regex.append(")(?![\\p{L}])").toString(), Pattern.UNICODE_CASE);
    }
}
