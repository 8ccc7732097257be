package org.veille.analyse.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.veille.analyse.nlp.AnnotatedText;
import org.veille.analyse.nlp.Sentence;
import org.veille.analyse.nlp.Token;
import org.veille.analyse.quotes.QuotationMarks;
import org.veille.analyse.quotes.QuotedSpan;
import org.veille.analyse.quotes.SpeechVerbs;

/**
 * Describes each word of an annotated text to the tagger, as the names of the clues a reader uses to
 * see an attribution: the word and its neighbours, its shape and entity tag, whether it stands between
 * quotation marks, and above all where the nearest possible cue is in its sentence (the word itself,
 * how far, on which side, with a comma or a "that" between). Which words may be cues is the union of
 * the speech-verb lexicon and the cue words the model learned from its corpus, so that "exposed" or
 * "listing" count once the corpus shows them used so.
 *
 * <p>Features are names hashed to integers; the model folds them into its table. A model only means
 * something with the features it was trained on: changing them means raising
 * {@link AttributionModel#VERSION}. The text is split
 * into paragraphs at blank lines, the way the analyse stage joins them, and a paragraph is one sequence:
 * contents run over sentences but seldom over paragraphs.
 */
public final class AttributionFeatures {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "who");
    private static final Set<String> QUOTE_TOKENS = Set.of("\"", "“", "”", "``", "''", "«", "»", "‘", "’", "`", "'");

    private static final String[] SMALL = {"0", "1", "2", "3", "4"};
    /** Each tag's name in features: O, then B and I for each role, in {@link Role} order. */
    private static final String[] TAG_NAMES = tagNames();

    private final SpeechVerbs verbs;
    private final Set<String> cueWords;
    private final QuotationMarks marks = new QuotationMarks();

    /**
     * @param verbs    the language's speech verbs
     * @param cueWords lower-case words the corpus uses as cues often enough to count as possible cues
     */
    public AttributionFeatures(SpeechVerbs verbs, Set<String> cueWords) {
        this.verbs = verbs;
        this.cueWords = Set.copyOf(cueWords);
    }

    /** The paragraphs of a text, each a sequence of described words. */
    public List<TokenSequence> sequences(AnnotatedText text) {
        List<Integer> starts = paragraphStarts(text.text());
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < starts.size(); p++) {
            int end = p + 1 < starts.size() ? starts.get(p + 1) - 2 : text.text().length();
            paragraphs.add(text.text().substring(starts.get(p), Math.max(starts.get(p), end)));
        }
        boolean[] quotedChar = new boolean[text.text().length() + 1];
        for (QuotedSpan q : marks.find(paragraphs)) {
            int base = starts.get(q.paragraph());
            for (int c = base + q.start(); c < base + q.end() && c < quotedChar.length; c++) {
                quotedChar[c] = true;
            }
        }
        List<List<Token>> tokens = new ArrayList<>();
        List<List<Integer>> sentenceOf = new ArrayList<>();
        for (int p = 0; p < starts.size(); p++) {
            tokens.add(new ArrayList<>());
            sentenceOf.add(new ArrayList<>());
        }
        int s = 0;
        for (Sentence sentence : text.sentences()) {
            for (Token t : sentence.tokens()) {
                int p = paragraphOf(starts, t.start());
                tokens.get(p).add(t);
                sentenceOf.get(p).add(s);
            }
            s++;
        }
        List<TokenSequence> sequences = new ArrayList<>();
        for (int p = 0; p < starts.size(); p++) {
            if (!tokens.get(p).isEmpty()) {
                sequences.add(describe(text, tokens.get(p), sentenceOf.get(p), quotedChar, p));
            }
        }
        return sequences;
    }

    /** Where each paragraph starts, splitting at blank lines as {@code String.split("\n\n")} does. */
    static List<Integer> paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int at = text.indexOf("\n\n");
        while (at >= 0) {
            starts.add(at + 2);
            at = text.indexOf("\n\n", at + 2);
        }
        return starts;
    }

    private static int paragraphOf(List<Integer> starts, int offset) {
        int p = 0;
        while (p + 1 < starts.size() && starts.get(p + 1) <= offset) {
            p++;
        }
        return p;
    }

    private TokenSequence describe(AnnotatedText text, List<Token> tokens, List<Integer> sentenceOf,
                                   boolean[] quotedChar, int paragraph) {
        int n = tokens.size();
        String[] lower = new String[n];
        String[] shape = new String[n];
        String[] suffix = new String[n];
        String[] entity = new String[n];
        String[] pos = new String[n];
        boolean[] cue = new boolean[n];
        boolean[] quoted = new boolean[n];
        boolean[] mark = new boolean[n];
        int[] sentence = new int[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String surface = text.surface(t);
            lower[i] = normalise(surface.toLowerCase(Locale.ROOT));
            shape[i] = shape(surface);
            suffix[i] = lower[i].length() > 3 ? lower[i].substring(lower[i].length() - 3) : lower[i];
            entity[i] = t.entity() == null ? "O" : t.entity().name();
            pos[i] = t.tag() == null ? "?" : t.tag();
            cue[i] = cueWords.contains(lower[i]) || verbs.isForm(lower[i]);
            mark[i] = QUOTE_TOKENS.contains(surface) || QUOTE_TOKENS.contains(t.word());
            int mid = (t.start() + t.end()) / 2;
            quoted[i] = !mark[i] && mid < quotedChar.length && quotedChar[mid];
            sentence[i] = sentenceOf.get(i);
        }
        int[][] features = new int[n][];
        int[][] bounds = sentenceBounds(sentence);
        FeatureList f = new FeatureList();
        for (int i = 0; i < n; i++) {
            f.clear();
            int s0 = bounds[0][i];
            int s1 = bounds[1][i];
            String w = lower[i];
            f.add("b");
            f.add("w", w);
            f.add("w-1", at(lower, i - 1));
            f.add("w+1", at(lower, i + 1));
            f.add("w-2", at(lower, i - 2));
            f.add("w+2", at(lower, i + 2));
            f.add("w-1w", at(lower, i - 1), w);
            f.add("ww+1", w, at(lower, i + 1));
            f.add("sh", shape[i]);
            f.add("sh-1", at(shape, i - 1), shape[i]);
            f.add("suf", suffix[i]);
            f.add("pos", pos[i]);
            f.add("pos-1", at(pos, i - 1), pos[i]);
            f.add("pos+1", pos[i], at(pos, i + 1));
            f.add("pos-2", at(pos, i - 2), at(pos, i - 1), pos[i]);
            f.add("pos+2", pos[i], at(pos, i + 1), at(pos, i + 2));
            f.add("pos|w", pos[i], w);
            f.add("ner", entity[i]);
            f.add("ner-1", at(entity, i - 1), entity[i]);
            f.add("ner+1", entity[i], at(entity, i + 1));
            if (cue[i]) {
                f.add("cue");
                f.add("cue|w+1", at(lower, i + 1));
            }
            if (i > 0 && cue[i - 1]) {
                f.add("cue-1");
            }
            if (i + 1 < n && cue[i + 1]) {
                f.add("cue+1");
                f.add("cue+1|ner", entity[i]);
            }
            String q = mark[i] ? "m" : quoted[i] ? "q" : "-";
            f.add("q", q);
            f.add("q|q-1|q+1", q, i > 0 ? String.valueOf(quoted[i - 1]) : "^", i + 1 < n ? String.valueOf(quoted[i + 1]) : "$");
            if (PRONOUNS.contains(w)) {
                f.add("pron");
            }
            f.add("sp", bucket(i - s0));
            f.add("se", bucket(s1 - i));
            f.add("s0", lower[s0], String.valueOf(i == s0));
            f.add("p0", String.valueOf(paragraph == 0));
            // The nearest possible cue on each side, in the sentence: what the word's role hangs on.
            int left = -1;
            boolean that = false;
            boolean comma = false;
            for (int j = i - 1; j >= s0; j--) {
                if (cue[j]) {
                    left = j;
                    break;
                }
                that |= lower[j].equals("that");
                comma |= lower[j].equals(",");
            }
            if (left >= 0) {
                String d = bucket(i - left);
                f.add("cL", lower[left]);
                f.add("cLd", d);
                f.add("cLd|q", d, q);
                f.add("cL|d", lower[left], d);
                f.add("cLthat|comma", String.valueOf(that), String.valueOf(comma));
                f.add("cL|that", lower[left], String.valueOf(that));
                f.add("cLpos", pos[left], pos[i], d);
            } else {
                f.add("cL=none|q", q);
            }
            int right = -1;
            boolean rightComma = false;
            for (int j = i + 1; j <= s1; j++) {
                if (cue[j]) {
                    right = j;
                    break;
                }
                rightComma |= lower[j].equals(",");
            }
            if (right >= 0) {
                String d = bucket(right - i);
                f.add("cR", lower[right]);
                f.add("cRd", d);
                f.add("cRd|q|comma", d, q, String.valueOf(rightComma));
                f.add("cR|d", lower[right], d);
                f.add("cRd|ner", d, entity[i]);
                f.add("cRpos", pos[right], pos[i], d);
            } else {
                f.add("cR=none|q", q);
            }
            if (left < 0 && right < 0) {
                f.add("nocue|p0|q", String.valueOf(paragraph == 0), q);
            }
            features[i] = f.toArray();
        }
        return new TokenSequence(tokens, features, sentence);
    }

    /**
     * A sequence's features with what the previous stage's tags say added: the tags around each word,
     * the nearest tagged cue on each side in the sentence (its word and distance), which roles the
     * sentence and the paragraph hold, and how the previous sentence ended. A later stage learns from
     * these how a whole attribution looks, which single words cannot show.
     */
    public static TokenSequence stacked(TokenSequence base, int[] tags) {
        int n = base.size();
        int[] sentence = base.sentences();
        boolean paragraphCue = false;
        for (int t : tags) {
            paragraphCue |= Role.of(t) == Role.CUE;
        }
        int[][] features = new int[n][];
        int[][] bounds = sentenceBounds(sentence);
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = base.tokens().get(i).word().toLowerCase(Locale.ROOT);
        }
        FeatureList f = new FeatureList();
        for (int i = 0; i < n; i++) {
            f.clear();
            f.addAll(base.features()[i]);
            int s0 = bounds[0][i];
            int s1 = bounds[1][i];
            String here = tagName(tags[i]);
            String before = i > 0 ? tagName(tags[i - 1]) : "^";
            String after = i + 1 < n ? tagName(tags[i + 1]) : "$";
            // Names start with "2": a later stage's features never share a hash with the words' own.
            f.add("2t0", here);
            f.add("2t-1", before);
            f.add("2t+1", after);
            f.add("2t-1t0", before, here);
            f.add("2t0t+1", here, after);
            f.add("2t-2", i > 1 ? tagName(tags[i - 2]) : "^");
            f.add("2t+2", i + 2 < n ? tagName(tags[i + 2]) : "$");
            boolean source = false;
            boolean content = false;
            int cueLeft = -1;
            int cueRight = -1;
            for (int j = s0; j <= s1; j++) {
                Role r = Role.of(tags[j]);
                source |= r == Role.SOURCE;
                content |= r == Role.CONTENT;
                if (r == Role.CUE && j < i) {
                    cueLeft = j;
                }
                if (r == Role.CUE && j > i && cueRight < 0) {
                    cueRight = j;
                }
            }
            f.add("2sent", String.valueOf(source), String.valueOf(content) + (cueLeft >= 0 || cueRight >= 0), here);
            f.add("2para", String.valueOf(paragraphCue), here);
            if (cueLeft >= 0) {
                f.add("2tcL", bucket(i - cueLeft), here);
                f.add("2tcLw", words[cueLeft]);
            }
            if (cueRight >= 0) {
                f.add("2tcR", bucket(cueRight - i), here);
                f.add("2tcRw", words[cueRight]);
            }
            f.add("2prevSent", s0 > 0 ? tagName(tags[s0 - 1]) : "^", bucket(i - s0));
            f.add("2nextSent", s1 + 1 < n ? tagName(tags[s1 + 1]) : "$", bucket(s1 - i));
            features[i] = f.toArray();
        }
        return new TokenSequence(base.tokens(), features, sentence);
    }

    private static String[] tagNames() {
        String[] names = new String[Role.TAGS];
        names[Role.OUTSIDE] = "O";
        for (Role r : Role.values()) {
            names[r.begin()] = "B" + r.ordinal();
            names[r.inside()] = "I" + r.ordinal();
        }
        return names;
    }

    /** For each word, the index of its sentence's first word ({@code [0][i]}) and last word ({@code [1][i]}). */
    private static int[][] sentenceBounds(int[] sentence) {
        int n = sentence.length;
        int[][] bounds = new int[2][n];
        for (int i = 0; i < n; i++) {
            bounds[0][i] = i > 0 && sentence[i - 1] == sentence[i] ? bounds[0][i - 1] : i;
        }
        for (int i = n - 1; i >= 0; i--) {
            bounds[1][i] = i + 1 < n && sentence[i + 1] == sentence[i] ? bounds[1][i + 1] : i;
        }
        return bounds;
    }

    private static String tagName(int tag) {
        return TAG_NAMES[tag];
    }

    private static String at(String[] values, int i) {
        return i < 0 ? "^" : i >= values.length ? "$" : values[i];
    }

    /** Digits folded, so that numbers share their features. */
    private static String normalise(String word) {
        StringBuilder b = null;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                if (b == null) {
                    b = new StringBuilder(word);
                }
                b.setCharAt(i, '0');
            }
        }
        return b == null ? word : b.toString();
    }

    /** "Trump" → "Xx", "U.S." → "X.X.", "2016" → "d": letters by case, runs collapsed. */
    static String shape(String word) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int i = 0; i < word.length() && b.length() < 6; i++) {
            char c = word.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                b.append(k);
                last = k;
            }
        }
        return b.toString();
    }

    /** Distances grouped the way they matter: adjacent, close, within a clause, far. */
    static String bucket(int distance) {
        if (distance <= 4) {
            return SMALL[Math.max(0, distance)];
        }
        return distance <= 7 ? "5-7" : distance <= 12 ? "8-12" : distance <= 20 ? "13-20" : "21+";
    }

}
