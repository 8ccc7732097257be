package org.veille.analyse;

/**
 * Turns the char offsets the analysis works in (Java strings count UTF-16 units) into the code point
 * offsets of the output format. The two differ only after a character outside the Basic Multilingual
 * Plane (an emoji, a mathematical letter), so the common case costs one scan of the text.
 */
public final class TextOffsets {
    private final int[] codePointAt;

    public TextOffsets(String text) {
        boolean astral = text.codePoints().anyMatch(Character::isSupplementaryCodePoint);
        if (!astral) {
            codePointAt = null;
            return;
        }
        codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!Character.isLowSurrogate(text.charAt(i))) {
                cp++;
            } else {
                codePointAt[i] = cp - 1;
            }
        }
        codePointAt[text.length()] = cp;
    }

    /** The code point offset of a char offset. */
    public int codePoint(int charOffset) {
        return codePointAt == null ? charOffset : codePointAt[charOffset];
    }
}
