package org.veille.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises blocks of text that are page furniture whatever the markup: ads, share prompts, "read
 * more" teasers, newsletter and cookie notices, copyright lines. The patterns live in
 * {@code boilerplate-text.txt} so they can grow without code changes. Immutable and thread-safe.
 */
public final class BoilerplateText {
    private final Pattern pattern;
    private final int maxLength;

    /**
     * @param maxLength blocks longer than this are never furniture: real notices are short, and a long
     *                  paragraph that merely mentions cookies or newsletters is content
     */
    public BoilerplateText(int maxLength) {
        List<String> lines = ResourceLines.read(BoilerplateText.class, "boilerplate-text.txt");
        this.pattern = Pattern.compile("(?:" + String.join(")|(?:", lines) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.maxLength = maxLength;
    }

    /** Whether a whole block (already whitespace-normalised) is furniture. */
    public boolean matches(String block) {
        return block.length() <= maxLength && pattern.matcher(block).matches();
    }
}
