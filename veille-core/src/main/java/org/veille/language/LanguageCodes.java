package org.veille.language;

import java.util.regex.Pattern;

/**
 * The shape of a language code wherever a user names one (a filter, a pasted article's language): an
 * ISO 639 code in lower case, two or three letters ("fr", "en", "und"). One rule, so the CLI, the API
 * and the pipeline accept and refuse the same codes.
 */
public final class LanguageCodes {
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

    private LanguageCodes() {
    }

    /** Whether {@code code} has that shape; false for null. */
    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
