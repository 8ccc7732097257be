package org.veille.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises blocks of text that are page furniture whatever the markup: ads, share prompts, "read
 * more" teasers, newsletter and cookie notices, copyright lines. The patterns live in
 * {@code boilerplate-text.txt} so they can grow without code changes. Thread-safe.
 *
 * <p>This runs on every block of every page, and one alternation of all the patterns cost more than
 * the rest of the block filter: the engine tries each alternative at the start of each block, and
 * the ones that float ({@code .{0,200}\bcookies?\b...}) backtrack over every position. So patterns
 * are only tried where they can match: a floating pattern only when the block contains one of the
 * words its line declares with {@code {contains: ...}}, an anchored one only when it can begin with
 * the block's first character. Both are necessary conditions, so the answers are the same.
 */
public final class BoilerplateText {
    private static final Pattern GATE = Pattern.compile("^\\{contains:([^}]*)}\\s*");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** First characters remembered; beyond this (a page in a large script), buckets are built per call. */
    private static final int MAX_BUCKETS = 4096;
    private static final Pattern NOTHING = Pattern.compile("(?!)");

    private final List<Pattern> anchored = new ArrayList<>();
    private final List<Gated> gated = new ArrayList<>();
    private final Map<Character, Pattern> byFirstChar = new ConcurrentHashMap<>();
    private final int maxLength;

    /** A pattern tried only when the lower-cased block contains one of {@code words}. */
    private record Gated(List<String> words, Pattern pattern) {
        boolean mayMatch(String lowerCased) {
            for (String word : words) {
                if (lowerCased.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * @param maxLength blocks longer than this are never furniture: real notices are short, and a long
     *                  paragraph that merely mentions cookies or newsletters is content
     */
    public BoilerplateText(int maxLength) {
        for (String line : ResourceLines.read(BoilerplateText.class, "boilerplate-text.txt")) {
            Matcher gate = GATE.matcher(line);
            if (gate.find()) {
                List<String> words = new ArrayList<>();
                for (String word : gate.group(1).split("\\|")) {
                    if (!word.isBlank()) {
                        words.add(word.trim().toLowerCase(Locale.ROOT));
                    }
                }
                if (words.isEmpty()) {
                    throw new IllegalStateException("boilerplate-text.txt: an empty {contains:} gate in " + line);
                }
                gated.add(new Gated(List.copyOf(words), Pattern.compile(line.substring(gate.end()), FLAGS)));
            } else {
                anchored.add(Pattern.compile(line, FLAGS));
            }
        }
        this.maxLength = maxLength;
    }

    /** Whether a whole block (already whitespace-normalised) is furniture. */
    public boolean matches(String block) {
        if (block.isEmpty() || block.length() > maxLength) {
            return false;
        }
        if (anchoredFor(block.charAt(0)).matcher(block).matches()) {
            return true;
        }
        String lowerCased = null;
        for (Gated line : gated) {
            if (lowerCased == null) {
                lowerCased = block.toLowerCase(Locale.ROOT);
            }
            if (line.mayMatch(lowerCased) && line.pattern().matcher(block).matches()) {
                return true;
            }
        }
        return false;
    }

    /** One alternation of the anchored patterns that can begin with {@code first}. */
    private Pattern anchoredFor(char first) {
        Pattern known = byFirstChar.get(first);
        if (known != null) {
            return known;
        }
        Pattern bucket = bucket(first);
        if (byFirstChar.size() < MAX_BUCKETS) {
            byFirstChar.put(first, bucket);
        }
        return bucket;
    }

    private Pattern bucket(char first) {
        String probe = String.valueOf(first);
        List<String> candidates = new ArrayList<>();
        for (Pattern pattern : anchored) {
            // A pattern that fails on this one character without wanting more input cannot start with it.
            Matcher matcher = pattern.matcher(probe);
            if (matcher.lookingAt() || matcher.hitEnd()) {
                candidates.add(pattern.pattern());
            }
        }
        return candidates.isEmpty() ? NOTHING : Pattern.compile("(?:" + String.join(")|(?:", candidates) + ")", FLAGS);
    }
}
