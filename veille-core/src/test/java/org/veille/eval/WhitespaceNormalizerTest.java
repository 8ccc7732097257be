package org.veille.eval;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WhitespaceNormalizerTest {

    @Test
    void collapses_newlines_tabs_and_no_break_spaces_into_single_spaces_and_trims() {
        assertEquals("a b c d", WhitespaceNormalizer.normalize("  a\n\n b\t\u00A0c\u2009\u3000d \n"));
    }

    @Test
    void keeps_zero_width_spaces_because_python_does_not_split_on_them() {
        assertEquals("a\u200Bb", WhitespaceNormalizer.normalize("a\u200Bb"));
    }

    @Test
    void turns_null_into_the_empty_string() {
        assertEquals("", WhitespaceNormalizer.normalize(null));
    }
}
