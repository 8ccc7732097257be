package org.veille.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
