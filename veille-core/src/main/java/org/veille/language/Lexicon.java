package org.veille.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the resource files of this package say about the configured languages: common words,
 * characteristic word endings, everyday loanwords, the letters each language writes and the bracketed
 * marks that are never foreign. Languages are numbered by their position in the settings; masks are
 * bit sets over those numbers. Immutable and shared by threads.
 */
final class Lexicon {

    /** Longer words are counted but never looked up: no listed word is this long. */
    private static final int MAX_WORD = 24;
    /** Non-ASCII letters are tracked from U+00C0 to U+017F (Latin-1 Supplement, Latin Extended-A). */
    private static final int LETTERS_FROM = 0xC0;
    private static final int LETTERS_TO = 0x180;

    /** 1/k for a word listed by k languages. */
    private static final double[] WEIGHTS = new double[33];

    static {
        for (int k = 1; k < WEIGHTS.length; k++) {
            WEIGHTS[k] = 1.0 / k;
        }
    }

    private final List<String> languages;
    private final WordTable words;
    private final WordTable known;
    private final List<List<Ending>> endings;
    /** For each tracked non-ASCII letter, the languages that write it. */
    private final int[] writers;
    private final Set<String> neverForeign;
    private final List<String> neverForeignLocutions;

    private record Ending(String text, int minLength, boolean anyCase) {
    }

    private Lexicon(List<String> languages, WordTable words, WordTable known, List<List<Ending>> endings,
                    int[] writers, Set<String> neverForeign) {
        this.languages = languages;
        this.words = words;
        this.known = known;
        this.endings = endings;
        this.writers = writers;
        this.neverForeign = neverForeign;
        this.neverForeignLocutions = neverForeign.stream().filter(mark -> mark.indexOf(' ') > 0).sorted().toList();
    }

    /** Reads the resources of {@code languages}; fails naming the language whose word list is missing. */
    static Lexicon load(List<String> languages) {
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> known = new HashMap<>();
        List<List<Ending>> endings = new ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            String code = languages.get(i);
            List<String> list = readLines("words-" + code + ".txt");
            if (list == null) {
                throw new IllegalArgumentException("unsupported language (no words-" + code + ".txt): " + code);
            }
            int bit = 1 << i;
            for (String word : list) {
                words.merge(word, bit, (a, b) -> a | b);
            }
            for (String word : orEmpty(readLines("known-" + code + ".txt"))) {
                known.merge(word, bit, (a, b) -> a | b);
            }
            List<Ending> own = new ArrayList<>();
            for (String line : orEmpty(readLines("suffixes-" + code + ".txt"))) {
                String[] columns = line.split("\\s+");
                if (columns.length != 3 || !(columns[2].equals("any") || columns[2].equals("lower"))) {
                    throw new IllegalStateException("bad line in suffixes-" + code + ".txt: " + line);
                }
                own.add(new Ending(columns[0], Integer.parseInt(columns[1]), columns[2].equals("any")));
            }
            endings.add(List.copyOf(own));
        }
        int[] writers = new int[LETTERS_TO - LETTERS_FROM];
        Set<String> described = new HashSet<>();
        for (String line : orEmpty(readLines("alphabets.txt"))) {
            String[] columns = line.split("\\s+");
            int index = languages.indexOf(columns[0]);
            described.add(columns[0]);
            if (index < 0 || columns.length < 2) {
                continue;
            }
            for (char c : columns[1].toCharArray()) {
                if (c < LETTERS_FROM || c >= LETTERS_TO) {
                    throw new IllegalStateException("letter outside the tracked range in alphabets.txt: " + c);
                }
                writers[c - LETTERS_FROM] |= 1 << index;
            }
        }
        for (String code : languages) {
            if (!described.contains(code)) {
                throw new IllegalArgumentException("unsupported language (not in alphabets.txt): " + code);
            }
        }
        Set<String> never = Set.copyOf(orEmpty(readLines("never-foreign.txt")));
        return new Lexicon(List.copyOf(languages), new WordTable(words), new WordTable(known),
                List.copyOf(endings), writers, never);
    }

    int size() {
        return languages.size();
    }

    String code(int language) {
        return languages.get(language);
    }

    int index(String code) {
        return languages.indexOf(code);
    }

    /** Counts the known words of {@code text[from, to)}. This loop is the stage's main cost: keep it lean. */
    LexicalProfile profile(String text, int from, int to) {
        double[] scores = new double[languages.size()];
        int[] hits = new int[languages.size()];
        char[] buffer = new char[MAX_WORD];
        int length = 0;
        int hash = 0;
        int apostrophe = -1;
        boolean tooLong = false;
        int wordCount = 0;
        int longWords = 0;
        int letters = 0;
        char[] chars = new char[to - from + 1];       // indexing an array beats String.charAt on UTF-16 text
        text.getChars(from, to, chars, 0);
        chars[to - from] = ' ';                         // flushes the last word
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            char lower;
            if (c >= 'a' && c <= 'z') {
                lower = c;
            } else if (c >= 'A' && c <= 'Z') {
                lower = (char) (c + ('a' - 'A'));
            } else if (c >= 0x80 && Character.isLetter(c)) {
                lower = Character.toLowerCase(c);
            } else {
                if (isApostrophe(c) && length > 0 && apostrophe < 0 && length < MAX_WORD && i + 1 < chars.length
                        && Character.isLetter(chars[i + 1])) {
                    apostrophe = length;
                    buffer[length++] = '\'';
                    hash = 31 * hash + '\'';
                    continue;
                }
                if (isTechnical(c)) {
                    // A URL, path, e-mail address or identifier: its pieces ("/de/fotos/ein-und-auf")
                    // are not prose. Drop the word in progress and skip to the next space.
                    length = 0;
                    while (!Character.isWhitespace(chars[i + 1])) {
                        i++;
                    }
                } else if (length > 0) {
                    wordCount += tooLong ? 1 : count(buffer, length, hash, apostrophe, scores, hits);
                    longWords += length >= 2 ? 1 : 0;
                }
                length = 0;
                hash = 0;
                apostrophe = -1;
                tooLong = false;
                continue;
            }
            letters++;
            if (length < MAX_WORD) {
                buffer[length++] = lower;
                hash = 31 * hash + lower;
            } else {
                tooLong = true;
            }
        }
        return new LexicalProfile(scores, hits, wordCount, longWords, letters);
    }

    LexicalProfile profile(String text) {
        return profile(text, 0, text.length());
    }

    /** Adds the word in the buffer to the counts; returns how many words it made (two when split). */
    private int count(char[] buffer, int length, int hash, int apostrophe, double[] scores, int[] hits) {
        int mask = words.get(buffer, 0, length, hash);
        if (mask != 0 || apostrophe < 0) {
            add(mask, scores, hits);
            return 1;
        }
        int head = words.get(buffer, 0, apostrophe + 1);            // elision: l', qu', dell'
        if (head == 0) {
            head = words.get(buffer, 0, apostrophe);
        }
        int tail = words.get(buffer, apostrophe, length - apostrophe);  // clitic: 's, 'll
        if (tail == 0) {
            tail = words.get(buffer, apostrophe + 1, length - apostrophe - 1);
        }
        add(head, scores, hits);
        add(tail, scores, hits);
        return 2;
    }

    private static void add(int mask, double[] scores, int[] hits) {
        if (mask == 0) {
            return;
        }
        double weight = WEIGHTS[Integer.bitCount(mask)];
        for (int rest = mask; rest != 0; rest &= rest - 1) {
            int language = Integer.numberOfTrailingZeros(rest);
            scores[language] += weight;
            hits[language]++;
        }
    }

    /** The languages listing {@code word} (lowercase, apostrophes normalised) as a common word. */
    int commonWord(String word) {
        int mask = words.get(word);
        int apostrophe = word.indexOf('\'');
        if (mask != 0 || apostrophe <= 0 || apostrophe == word.length() - 1) {
            return mask;
        }
        int head = words.get(word.substring(0, apostrophe + 1));
        int tail = words.get(word.substring(apostrophe));
        return head | tail;
    }

    /** The languages for which {@code word} is an everyday loanword. */
    int knownWord(String word) {
        return known.get(word);
    }

    /**
     * The languages whose characteristic endings {@code word} (lowercase) shows. With {@code strict},
     * endings marked "lower" count only when the word was written in lowercase.
     */
    int endings(String word, boolean capitalised, boolean strict) {
        int mask = 0;
        for (int language = 0; language < endings.size(); language++) {
            for (Ending ending : endings.get(language)) {
                if (word.length() >= ending.minLength() && word.endsWith(ending.text())
                        && (!strict || ending.anyCase() || !capitalised)) {
                    mask |= 1 << language;
                    break;
                }
            }
        }
        return mask;
    }

    /** The languages that write every letter of {@code word} (lowercase); 0 when one is untracked. */
    int writableBy(String word) {
        int mask = (1 << languages.size()) - 1;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0x80 || !Character.isLetter(c)) {
                continue;
            }
            mask &= c >= LETTERS_FROM && c < LETTERS_TO ? writers[c - LETTERS_FROM] : 0;
        }
        return mask;
    }

    /** The languages that write one of the non-ASCII letters of {@code word} (lowercase). */
    int lettersPointTo(String word) {
        int mask = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= LETTERS_FROM && c < LETTERS_TO) {
                mask |= writers[c - LETTERS_FROM];
            }
        }
        return mask;
    }

    /** The never-flagged entries of several words ("et al", "in situ"), lowercase. */
    List<String> neverForeignLocutions() {
        return neverForeignLocutions;
    }

    /** Whether a bracket holding {@code content} (lowercase, trimmed) is an editorial mark or locution. */
    boolean isNeverForeign(String content) {
        return neverForeign.contains(content);
    }

    /** Characters found in URLs, paths, addresses and code but not between words of prose. */
    static boolean isTechnical(char c) {
        return c == '/' || c == '\\' || c == '@' || c == '=' || c == '_' || c == '<' || c == '>'
                || c == '{' || c == '}';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private static List<String> orEmpty(List<String> lines) {
        return lines == null ? List.of() : lines;
    }

    /** The non-blank, non-comment lines of a resource of this package, lowercased; null when absent. */
    private static List<String> readLines(String name) {
        InputStream in = Lexicon.class.getResourceAsStream(name);
        if (in == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lines.add(line.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return lines;
    }
}
