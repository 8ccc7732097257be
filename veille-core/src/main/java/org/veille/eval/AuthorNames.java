package org.veille.eval;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns author strings into the set of names the metadata metric compares ("multiple authors: set
 * equality").
 *
 * <p>Truth files write several authors in one string with many separators: "A; B" and "A, B, C" (both
 * sets), "A und B", "A and B", "A & B", "A, B, and C", "A / B", "dpa/lno", "X | The Texas Newsroom", and
 * occasionally as a JSON list. There is no way to tell a separator comma from one inside a name
 * ("Kaufman, Jeff T.", "Jillian Kubala, MS, RD"), so the same split is applied to <em>both</em> truth and
 * prediction: a prediction matches when it names the same pieces, whatever the separators, and splitting
 * an item the extractor kept whole costs nothing because the truth is split the same way. The connecting
 * words are English "and", German "und", French "et" and Spanish "y", matched as whole words.
 * Prefixes such as "By" or "Von" are not stripped: the README asks for an exact match.
 */
public final class AuthorNames {
    // A connecting word counts only standing alone: after whitespace, a separator or the start (so the
    // "and" of "B, and C" splits after the comma's match) and before whitespace (so "Andrews" is a name).
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*[;,&|/]\\s*|\\s*(?<![^\\s;,&|/])(?:and|und|et|y)(?!\\S)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private AuthorNames() {
    }

    /** Case-folded, whitespace-normalised name pieces of all the strings; empty pieces are dropped. */
    public static Set<String> of(Collection<String> authorStrings) {
        Set<String> names = new LinkedHashSet<>();
        for (String s : authorStrings) {
            for (String piece : SEPARATOR.split(WhitespaceNormalizer.normalize(s))) {
                String name = MetadataScorer.caseless(piece);
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
