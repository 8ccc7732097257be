package org.veille.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into the runs Python's {@code re.findall(r'\w+', text)} returns for a {@code str}, the
 * tokenisation every metric of the README is defined with.
 *
 * <p>Why not {@code Pattern.UNICODE_CHARACTER_CLASS} {@code \w}: Python 3's {@code \w} on str is
 * {@code str.isalnum() or '_'}, i.e. exactly the general categories L* (letters) and N* (Nd, Nl and No,
 * so "²" and "½" are word characters) plus the ASCII underscore. Checked by enumerating all code points
 * under Python 3.11. It does <em>not</em> include combining marks: a decomposed "e&#x301;" splits the
 * token in Python. Java's Unicode {@code \w} instead adds Mn/Mc/Me marks, every connector punctuation
 * ("‿", "⁀") and ZWJ/ZWNJ, and drops No; using it would silently shift the AEB scores away from the
 * published ones. The explicit class below is Python's definition; the only residual difference is the
 * Unicode version (Java 17 knows Unicode 13, Python 3.11 Unicode 14), which affects no text in the sets.
 */
public final class WordTokenizer {
    private static final Pattern PYTHON_WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    /** Word runs of the text, case preserved (the AEB metric is case-sensitive); none for null. */
    public List<String> tokens(CharSequence text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = PYTHON_WORD.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /**
     * Word runs of the lower-cased text, as WCXB counts them. Lower-casing comes first, as in Python's
     * {@code re.findall(r'\w+', text.lower())}; Locale.ROOT keeps a Turkish default locale from changing "I".
     */
    public List<String> lowerCaseTokens(CharSequence text) {
        return text == null ? new ArrayList<>() : tokens(text.toString().toLowerCase(Locale.ROOT));
    }
}
