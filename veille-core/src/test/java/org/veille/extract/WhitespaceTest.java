package org.veille.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Whitespace as a reader sees it. */
class WhitespaceTest {

    @Test
    void everyRunOfSpacesBecomesOneSpaceAndTheEndsAreTrimmed() {
        assertEquals("a b c", Whitespace.normalize("  a \t\n b\r\n\u00a0\u2009 c \u3000"));
    }

    @Test
    void invisibleCharactersAreDropped() {
        assertEquals("Mill Street", Whitespace.normalize("\ufeffMill\u200b Str\u00adeet\u2060"));
    }

    @Test
    void joinersAreKeptBecauseTheyChangeHowWordsRead() {
        assertEquals("می\u200cخواهم", Whitespace.normalize("می\u200cخواهم"));
    }

    @Test
    void emptyAndBlankTextGiveTheEmptyString() {
        assertEquals("", Whitespace.normalize(""));
        assertEquals("", Whitespace.normalize(" \n\u00a0\u200b "));
    }

    /** The ASCII fast path must not change the answer for any character. */
    @Test
    void everyJavaWhitespaceOrSpaceCharacterIsSpaceAndNothingPrintableInAsciiIs() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                assertTrue(Whitespace.isSpace(ch), "U+" + Integer.toHexString(c));
            }
            if (c > ' ' && c < 0x7F) {
                assertFalse(Whitespace.isSpace(ch), "U+" + Integer.toHexString(c));
            }
        }
        assertTrue(Whitespace.isSpace('\u0085'));
        assertEquals("a b", Whitespace.normalize("\u00ADa\u200B\u00A0\u2009b\uFEFF"));
    }

    @Test
    void appendingNormalisesAsNormalizeDoes() {
        StringBuilder out = new StringBuilder("kept ");
        for (String text : new String[] {"  a \t\n b ", "\u00a0\u200b", "", "Mill\u200b Str\u00adeet  "}) {
            int before = out.length();
            int added = Whitespace.appendNormalized(out, text);
            assertEquals(Whitespace.normalize(text), out.substring(before), text);
            assertEquals(Whitespace.normalize(text).length(), added);
        }
        assertEquals("kept a bMill Street", out.toString());
    }
}
