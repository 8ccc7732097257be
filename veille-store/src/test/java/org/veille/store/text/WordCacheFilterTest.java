package org.veille.store.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordCacheFilterTest {
    /** Elisions (both apostrophes), stop words first and last, accents, numbers, repeats. */
    private static final List<String> FRENCH = List.of(
            "L'armée du Bélarus a déclaré qu'il n'y aurait pas de mobilisation, selon l’état-major de la",
            "« Les armées ne bougeront pas », a déclaré M. Slunkin à l'AFP. L'armée russe, elle, se prépare.",
            "Le 21 février 2023, le ministre a annoncé 300 000 réservistes ; le ministère dément, et le ministre aussi.",
            "",
            "de la le les");
    private static final List<String> ENGLISH = List.of(
            "Russia's army said the armies of Belarus were not mobilising, the Ministry's spokesman told Reuters.",
            "\"We are not moving,\" said Pavel Slunkin. The army's generals, however, are preparing — Café Zürich 😀 東京.",
            "The reform was announced on Feb. 21, 2023 by the ministers; the ministry denied it, and so did the minister.",
            "the of and");

    @ParameterizedTest
    @ValueSource(ints = {1, 3, WordCacheFilter.DEFAULT_CAPACITY})
    void french_words_come_out_as_the_uncached_chain_makes_them_whatever_the_capacity(int capacity) throws IOException {
        assertSameTokens(FRENCH, TextAnalysis::frenchWords, capacity);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, WordCacheFilter.DEFAULT_CAPACITY})
    void english_words_come_out_as_the_uncached_chain_makes_them_whatever_the_capacity(int capacity) throws IOException {
        assertSameTokens(ENGLISH, TextAnalysis::englishWords, capacity);
    }

    @Test
    void folded_words_come_out_as_the_uncached_chain_makes_them() throws IOException {
        assertSameTokens(List.of("Ça va à Zürich, ÇA VA À ZÜRICH, ça va."), TextAnalysis::foldedWords, 2);
    }

    @Test
    void the_cache_starts_small_and_grows_with_the_words_it_sees_up_to_twice_its_capacity() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            many.append("mot").append(Integer.toString(i, 36)).append(i % 7 == 0 ? " le " : " ");
        }
        Tokenizer source = tokenizer("la guerre");
        WordCacheFilter cached = new WordCacheFilter(source, TextAnalysis::frenchWords, 3_000);
        tokens(cached);
        assertEquals(64, cached.cacheSlots(), "a query's few words need no large table");

        source.setReader(new StringReader(many.toString()));
        assertEquals(tokens(TextAnalysis.frenchWords(tokenizer(many.toString()))), tokens(cached),
                "the same tokens while the table grows, fills and starts again");
        assertTrue(cached.cacheSlots() > 64 && cached.cacheSlots() <= 8_192, "slots: " + cached.cacheSlots());
    }

    @Test
    void dropped_words_leave_their_positions_to_the_next_word_and_to_the_end() throws IOException {
        List<String> tokens = tokens(cached("le gouvernement de la", TextAnalysis::frenchWords, 10));
        // "le" dropped before "gouvernement" (increment 2); "de la" dropped at the end (final increment 2).
        assertEquals(List.of("gouvern|2|3-15|<ALPHANUM>", "end|2|21"), tokens);
    }

    @Test
    void a_filter_that_emits_two_tokens_for_a_word_is_refused() {
        Tokenizer source = tokenizer("un deux");
        TokenStream stream = new WordCacheFilter(source, Twice::new, 10);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> tokens(stream));
        assertTrue(e.getMessage().contains("\"un\""), e.getMessage());
    }

    @Test
    void capacity_must_be_positive() {
        assertThrows(IllegalArgumentException.class, () -> new WordCacheFilter(tokenizer("x"), TextAnalysis::foldedWords, 0));
    }

    /** The texts through one cached stream, reused as an analyser reuses it, against the plain chain. */
    private static void assertSameTokens(List<String> texts, UnaryOperator<TokenStream> words, int capacity) throws IOException {
        Tokenizer cachedSource = new StandardTokenizer();
        TokenStream cached = new WordCacheFilter(cachedSource, words, capacity);
        // Twice through: the second pass reads every word from the cache (or its refilled remains).
        for (int pass = 0; pass < 2; pass++) {
            for (String text : texts) {
                cachedSource.setReader(new StringReader(text));
                assertEquals(tokens(words.apply(tokenizer(text))), tokens(cached), text);
            }
        }
    }

    private static TokenStream cached(String text, UnaryOperator<TokenStream> words, int capacity) {
        return new WordCacheFilter(tokenizer(text), words, capacity);
    }

    private static Tokenizer tokenizer(String text) {
        Tokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        return tokenizer;
    }

    /** Term, position increment, offsets and type of each token, then the end state's increment and offset. */
    private static List<String> tokens(TokenStream stream) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        TypeAttribute type = stream.addAttribute(TypeAttribute.class);
        List<String> tokens = new ArrayList<>();
        try {
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "|" + increment.getPositionIncrement() + "|" + offset.startOffset() + "-"
                        + offset.endOffset() + "|" + type.type());
            }
            stream.end();
            tokens.add("end|" + increment.getPositionIncrement() + "|" + offset.endOffset());
        } finally {
            stream.close();
        }
        return tokens;
    }

    /** Emits every word twice: not a word-by-word filter. */
    private static final class Twice extends TokenFilter {
        private boolean again;

        Twice(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (again) {
                again = false;
                return true;
            }
            again = input.incrementToken();
            return again;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            again = false;
        }
    }
}
