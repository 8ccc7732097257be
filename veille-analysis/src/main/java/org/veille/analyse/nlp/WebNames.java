package org.veille.analyse.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * News names outlets by their web address ("S'adressant à Express.co.uk", "told Politico.com"). Such a
 * name is one word, an organisation's, but a tokenizer reads its dots as sentence ends.
 */
public final class WebNames {
    /** What stands in for a dot inside a web name while the text is tokenized: a letter-like character. */
    static final char MASK = '_';

    private static final Pattern WEB_NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}@/._-])[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*"
                    + "\\.(?:com|net|org|info|co\\.uk|fr|de|es|it|be|ch|ca|eu|io|ru|ua|by|pl|nl)(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])");

    private WebNames() {
    }

    /** The text with the dots of each web name replaced, same length. */
    static String mask(String text) {
        if (text.indexOf('.') < 0) {
            return text;
        }
        Matcher m = WEB_NAME.matcher(text);
        StringBuilder masked = null;
        while (m.find()) {
            if (masked == null) {
                masked = new StringBuilder(text);
            }
            for (int i = m.start(); i < m.end(); i++) {
                if (text.charAt(i) == '.') {
                    masked.setCharAt(i, MASK);
                }
            }
        }
        return masked == null ? text : masked.toString();
    }

    /** Whether a word is a web name ("Express.co.uk", "lemonde.fr"). */
    public static boolean is(String word) {
        return word.indexOf('.') >= 0 && WEB_NAME.matcher(word).matches(); // read for every token: the cheap test first
    }
}
