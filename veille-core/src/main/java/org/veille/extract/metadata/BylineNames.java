package org.veille.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;
import org.veille.extract.ResourceLines;
import org.veille.extract.Whitespace;

/**
 * Turns a byline ("Posted on 2 May by Jane Doe and Sam Patel, Political Correspondent") into the
 * person names it holds. Everything else goes: the words introducing names ({@code byline-prefixes.txt}),
 * dates, contact prompts, roles and credentials ({@code author-roles.txt}: they end a name), and
 * pieces naming a desk, an organisation or a form label ({@code author-not-names.txt}: they reject
 * it). Word lists are matched against whole words, so "Stafford" is not "staff".
 */
final class BylineNames {
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:,|;|&|\\||\\band\\b|\\bet\\b|\\bund\\b|\\by\\b|\\be\\b|\\ben\\b|\\bi\\b)\\s*");
    private static final Pattern WORDS = Pattern.compile("[\\s\\-/]+");
    private static final Pattern NAME_WORD = Pattern.compile(
            "^[\\p{Lu}][\\p{L}'’.\\-]*$|^(?:de|da|van|von|der|den|du|le|la|del|di|bin|al|ibn|y|dos|das|v\\.|zu|ten|ter)$");
    /** A user name as forums and blogs show it: "sorairolake", "hayley.p", "user3080392". */
    private static final Pattern HANDLE = Pattern.compile("^(?=.*\\p{L}{3})[\\p{L}\\p{N}._\\-]{3,30}$");
    /** "AuthorJane Doe": a label glued to the name by markup without spaces. */
    private static final Pattern GLUED_LABEL = Pattern.compile("^(?i:author|autor|auteur|by|von)(?=\\p{Lu}\\p{Ll})");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)@|https?:|www\\.|\\d");
    /**
     * A credential set after a name with a comma ("Jillian Kubala, MS, RD", "Genevieve Carlton, Ph.D.",
     * "Holly Wilgus, E-RYT 200"): part of how the page names the author, kept with the name.
     */
    private static final Pattern CREDENTIAL = Pattern.compile(
            "^(?:\\p{Lu}[\\p{Lu}.\\-]{1,7}|Ph\\.?\\s?D\\.?|M\\.D\\.|Dr\\.?\\s?med\\.?)(?:\\s\\d{2,3})?$");
    // Compiled once: names() and isListed() run on every candidate byline and every word of it.
    private static final Pattern PARENTHESES = Pattern.compile("\\(.*?\\)");
    private static final Pattern LABEL_EDGES = Pattern.compile("^[\\s:|\\-–—]+|[\\s:|\\-–—,.]+$");
    private static final Pattern ADDRESS_OR_NUMBER = Pattern.compile("(?i).*(?:https?:|www\\.|@|\\d{3}).*");
    private static final Pattern NAME_EDGES = Pattern.compile("^[\\s:|\\-–—]+|[\\s:|\\-–—,]+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:]+$");
    private static final Pattern FINAL_INITIAL = Pattern.compile(".*(?:^|\\s)\\p{Lu}\\.$");
    private static final Pattern WORD_EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}.]+$");
    private static final int MAX_LABEL_WORDS = 6;

    private final Pattern leadingPrefix;
    private final Pattern innerPrefix;
    /** For each ASCII character, whether a byline prefix can start with it. */
    private final boolean[] asciiOpeners;
    private final Set<String> notNames;
    private final Set<String> roles;
    private final Set<String> placeholders;

    BylineNames() {
        String prefixes = String.join("|", ResourceLines.read(BylineNames.class, "byline-prefixes.txt").stream()
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).toList());
        this.leadingPrefix = Pattern.compile("^(?iu)(?:" + prefixes + ")(?:\\s*:\\s*|\\s+)");
        this.innerPrefix = Pattern.compile("(?iu)(\\S+)\\s+(?:" + prefixes + ")\\s*:?\\s+(?=\\p{Lu})");
        this.asciiOpeners = asciiOpeners(leadingPrefix);
        this.notNames = ResourceLines.readLowerCase(BylineNames.class, "author-not-names.txt");
        this.roles = ResourceLines.readLowerCase(BylineNames.class, "author-roles.txt");
        this.placeholders = ResourceLines.readLowerCase(BylineNames.class, "author-placeholders.txt");
    }

    /**
     * The names in a byline, in order.
     *
     * @param handles whether a lone user name ("sorairolake") counts: yes where the page declares an
     *                author (meta tags, JSON-LD, author markup), no in free text
     */
    List<String> names(String byline, String siteName, boolean handles) {
        List<String> names = new ArrayList<>();
        if (byline == null) {
            return names;
        }
        // Meta tags are often escaped twice ("Maria &amp; Katerina"): decode what is left.
        String text = Whitespace.normalize(byline.indexOf('&') >= 0 ? Parser.unescapeEntities(byline, false) : byline);
        if (text.isEmpty() || text.startsWith("http") || text.length() > 200) {
            return names;
        }
        text = Whitespace.RUNS.matcher(PARENTHESES.matcher(text).replaceAll(" ")).replaceAll(" ").trim();
        String stripped = stripPrefix(text);
        // A byline that starts with its by-word has its names there; later by-words introduce others
        // (the illustrator, the photographer).
        text = stripped.equals(text) ? afterInnerPrefix(text) : stripped;
        String[] parts = SPLIT.split(text);
        boolean afterName = false;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (afterName && CREDENTIAL.matcher(part).matches() && !isListed(part, notNames)) {
                names.set(names.size() - 1, names.get(names.size() - 1) + ", " + part);
                continue;
            }
            String name = clean(parts[i], i > 0);
            afterName = name != null && isName(name, siteName, handles);
            if (afterName) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * A declared author value that names no person, kept whole: a desk ("Redaktion", "Camphouse Team"),
     * an organisation or the site itself, which is what the page's own metadata calls its author.
     * Null for placeholders ("admin", "Unknown"), addresses, long texts and lower-case prose.
     */
    String label(String value) {
        if (value == null) {
            return null;
        }
        String text = Whitespace.normalize(value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, false) : value);
        text = LABEL_EDGES.matcher(stripPrefix(text)).replaceAll("");
        if (text.length() < 2 || text.length() > 60 || Whitespace.RUNS.split(text).length > MAX_LABEL_WORDS
                || ADDRESS_OR_NUMBER.matcher(text).matches() || placeholders.contains(text.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return Character.isLetterOrDigit(text.codePointAt(0)) ? text : null;
    }

    /** "Posted on 21 June 2020 by Jane Doe" gives "Jane Doe"; "Ursula von der Leyen" stays whole. */
    private String afterInnerPrefix(String text) {
        Matcher m = innerPrefix.matcher(text);
        while (m.find()) {
            String before = m.group(1);
            if (!NAME_WORD.matcher(before).matches() || isListed(before, notNames) || isListed(before, roles)) {
                return text.substring(m.end());
            }
        }
        return text;
    }

    /**
     * A piece without its prefix, trailing punctuation and everything from a role word on; null if none
     * is left. A later piece holding a role describes the name before it ("Sam Patel, Political
     * Correspondent"), so it goes whole.
     */
    private String clean(String part, boolean later) {
        String name = GLUED_LABEL.matcher(stripPrefix(part.trim())).replaceFirst("");
        name = NAME_EDGES.matcher(name).replaceAll("");
        String[] words = Whitespace.RUNS.split(name);
        for (int i = 0; i < words.length; i++) {
            if (isListed(words[i], roles)) {
                if (i == 0 || later) {
                    return null;
                }
                name = String.join(" ", java.util.Arrays.copyOf(words, i));
                break;
            }
        }
        name = TRAILING_PUNCTUATION.matcher(name).replaceAll("");
        // A final full stop ends the byline, unless it closes an initial ("Nicolas Gutierrez C.").
        if (name.endsWith(".") && !FINAL_INITIAL.matcher(name).matches()) {
            name = name.substring(0, name.length() - 1);
        }
        return name.isEmpty() ? null : name;
    }

    /** Whether a text starts with a word introducing names ("By", "Von", "Par", "Autorin:"). */
    boolean startsWithPrefix(String text) {
        return !text.isEmpty() && leadingPrefix.matcher(text).lookingAt();
    }

    /**
     * A cheap necessary condition for {@link #startsWithPrefix}: whether a text starting with
     * {@code first} may start with a by-word. Non-ASCII characters always may.
     */
    boolean mayStartWithPrefix(char first) {
        return first >= asciiOpeners.length || asciiOpeners[first];
    }

    /**
     * The ASCII characters the prefix pattern can start with: one that fails on that character alone,
     * without asking for more input, fails on every text starting with it.
     */
    private static boolean[] asciiOpeners(Pattern prefix) {
        boolean[] openers = new boolean[128];
        for (char c = 0; c < openers.length; c++) {
            Matcher matcher = prefix.matcher(String.valueOf(c));
            openers[c] = matcher.lookingAt() || matcher.hitEnd();
        }
        return openers;
    }

    private String stripPrefix(String text) {
        String previous;
        String current = text;
        do {
            previous = current;
            current = leadingPrefix.matcher(current).replaceFirst("").trim();
        } while (!current.equals(previous));
        return current;
    }

    boolean isName(String name, String siteName, boolean handles) {
        if (name.length() < 3 || name.length() > 60) {
            return false;
        }
        for (String word : WORDS.split(name)) {
            if (isListed(word, notNames)) {
                return false;
            }
        }
        if (siteName != null && name.toLowerCase(Locale.ROOT).contains(siteName.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String[] words = Whitespace.RUNS.split(name);
        if (handles && words.length == 1 && HANDLE.matcher(name).matches()) {
            return true;
        }
        if (words.length > 5 || NOT_A_NAME.matcher(name).find()) {
            return false;
        }
        boolean capitalised = false;
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches()) {
                return false;
            }
            capitalised |= Character.isUpperCase(word.codePointAt(0));
        }
        return capitalised;
    }

    private static boolean isListed(String word, Set<String> list) {
        String w = WORD_EDGES.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        return list.contains(w) || (w.endsWith(".") && list.contains(w.substring(0, w.length() - 1)));
    }
}
