package org.veille.eval;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WordTokenizerTest {
    private final WordTokenizer tokenizer = new WordTokenizer();

    @Test
    void splits_on_punctuation_and_spaces_and_keeps_case() {
        assertEquals(List.of("Hello", "World", "it", "s", "2024"), tokenizer.tokens("Hello, World! it's 2024."));
    }

    @Test
    void keeps_accented_letters_digits_and_underscores_in_one_token() {
        assertEquals(List.of("Ministerium", "für", "snake_case", "x2", "Łódź"),
                tokenizer.tokens("Ministerium für snake_case x2 Łódź"));
    }

    @Test
    void treats_other_numbers_like_superscripts_and_fractions_as_word_characters_as_python_does() {
        assertEquals(List.of("m²", "½kg"), tokenizer.tokens("m² ½kg"));
    }

    @Test
    void splits_at_combining_marks_as_python_does() {
        // "e" + COMBINING ACUTE ACCENT: Python's \w does not match the mark (category Mn).
        assertEquals(List.of("cafe", "x"), tokenizer.tokens("cafe\u0301 x"));
    }

    @Test
    void splits_at_connector_punctuation_other_than_underscore_and_at_zero_width_joiners() {
        assertEquals(List.of("a", "b", "c", "d"), tokenizer.tokens("a\u203Fb c\u200Dd"));
    }

    @Test
    void reads_each_ideograph_run_as_one_token() {
        assertEquals(List.of("新闻报道", "2020"), tokenizer.tokens("新闻报道，2020"));
    }

    @Test
    void returns_no_tokens_for_null_or_punctuation_only_text() {
        assertEquals(List.of(), tokenizer.tokens(null));
        assertEquals(List.of(), tokenizer.tokens(" ... — !"));
    }

    @Test
    void lower_cases_before_tokenising_for_bag_of_words() {
        assertEquals(List.of("istanbul", "straße"), tokenizer.lowerCaseTokens("ISTANBUL Straße"));
    }
}
