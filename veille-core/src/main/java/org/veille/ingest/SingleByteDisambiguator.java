package org.veille.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses between single-byte encodings that the universal charset detector cannot tell apart.
 *
 * <p>The detector has no model for Central European text: Polish or Czech in iso-8859-2 or
 * windows-1250 comes back as windows-1252, with "ł" shown as "³" and "š" as "¹". It also mistakes
 * Russian windows-1251 for Mac Cyrillic. For those answers the sibling encodings are tried, and the
 * one whose decoding looks least implausible wins: symbols wedged inside words, C1 control
 * characters and case flips in mid-word are what a wrong single-byte decoding produces. On a tie the
 * detector's family head wins, so Western text stays windows-1252.
 */
final class SingleByteDisambiguator {

    /** Enough text to judge; decoding a 30 MB page five times would be wasteful. */
    private static final int SAMPLE = 64 * 1024;

    private static final Map<String, List<String>> FAMILIES = Map.of(
            "windows-1252", List.of("windows-1252", "iso-8859-2", "windows-1250"),
            "x-mac-cyrillic", List.of("windows-1251", "x-mac-cyrillic"));

    private SingleByteDisambiguator() {
    }

    /** The most plausible of {@code detected} and its siblings, or {@code detected} itself. */
    static TextEncoding refine(TextEncoding detected, ByteBuffer bytes) {
        List<String> family = FAMILIES.get(detected.name());
        if (family == null) {
            return detected;
        }
        ByteBuffer sample = bytes.duplicate();
        sample.limit(Math.min(sample.limit(), sample.position() + SAMPLE));
        TextEncoding best = detected;
        long bestScore = Long.MAX_VALUE;
        for (String name : family) {
            Optional<TextEncoding> candidate = EncodingLabels.lookup(name);
            if (candidate.isEmpty()) {
                continue;
            }
            long score = implausibility(decode(sample.duplicate(), candidate.get()));
            if (score < bestScore) {
                best = candidate.get();
                bestScore = score;
            }
        }
        return best;
    }

    /** Counts the marks of a wrong single-byte decoding; lower is more plausible. */
    static long implausibility(CharSequence text) {
        long score = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c <= 0x9f || c == '\uFFFD') {
                score += 3;
                continue;
            }
            boolean inWord = i > 0 && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
            if (!inWord) {
                continue;
            }
            if (!Character.isLetter(c)) {
                score++;
            } else if (Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1))
                    && Character.isLowerCase(text.charAt(i + 1))) {
                score++;
            }
        }
        return score;
    }

    private static CharBuffer decode(ByteBuffer bytes, TextEncoding encoding) {
        try {
            return encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(bytes);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new AssertionError("REPLACE never throws", e);
        }
    }
}
