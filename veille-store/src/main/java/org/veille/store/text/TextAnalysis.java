package org.veille.store.text;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How searchable text is cut into terms, per language. A document's text goes into exactly one field,
 * the one of its language ({@link #fieldFor}); a query is parsed against all three with each field's
 * own chain, so "armée" finds "l'armée" in French text and "armies" finds "army" in English text
 * without the user naming a language.
 *
 * <ul>
 *   <li>{@code text_fr}: elision ("l'", "qu'", "d'"…), lower case, French stop words, light stemming
 *       (plural and feminine endings; the aggressive Snowball stemmer merges too many words in news),
 *       then accents folded so "Bélarus" and "Belarus" meet. Folding comes after the stemmer because
 *       its rules read accented endings;</li>
 *   <li>{@code text_en}: possessive "'s" dropped, lower case, English stop words, accents folded, then
 *       Porter stemming (which expects plain ASCII letters);</li>
 *   <li>{@code text_any}: every other language and undetermined ones: lower case and accents folded
 *       only, since stemming or stop words for the wrong language would do harm.</li>
 * </ul>
 * Other fields are exact keywords. In each chain the filters after the tokenizer work word by word,
 * so a {@link WordCacheFilter} runs them once per distinct word and replays the result for the rest
 * (it halves the time analysis takes). Thread-safe, as Lucene analysers are; close it with its store.
 */
public final class TextAnalysis {
    public static final String FRENCH = "text_fr";
    public static final String ENGLISH = "text_en";
    public static final String ANY = "text_any";
    /** Every text field, in the order queries are parsed against them. */
    public static final List<String> FIELDS = List.of(FRENCH, ENGLISH, ANY);

    private TextAnalysis() {
    }

    /** The text field for an ISO 639-1 language code, null meaning undetermined. */
    public static String fieldFor(String language) {
        if ("fr".equals(language)) {
            return FRENCH;
        }
        return "en".equals(language) ? ENGLISH : ANY;
    }

    /** One analyser for the whole index: each text field with its chain, keywords for the rest. */
    public static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
                Map.of(FRENCH, new French(), ENGLISH, new English(), ANY, new Folded()));
    }

    /**
     * The French word filters: elision, lower case, stop words, light stemming, then accents folded.
     * Word by word, so a {@link WordCacheFilter} runs them once per distinct word.
     */
    static TokenStream frenchWords(TokenStream words) {
        TokenStream chain = new ElisionFilter(words, FrenchAnalyzer.DEFAULT_ARTICLES);
        chain = new LowerCaseFilter(chain);
        chain = new StopFilter(chain, FrenchAnalyzer.getDefaultStopSet());
        chain = new FrenchLightStemFilter(chain);
        return new ASCIIFoldingFilter(chain);
    }

    /** The English word filters: possessive dropped, lower case, stop words, accents folded, Porter stemming. */
    static TokenStream englishWords(TokenStream words) {
        TokenStream chain = new EnglishPossessiveFilter(words);
        chain = new LowerCaseFilter(chain);
        chain = new StopFilter(chain, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        chain = new ASCIIFoldingFilter(chain);
        return new PorterStemFilter(chain);
    }

    /** The word filters for any other language: lower case and accents folded. */
    static TokenStream foldedWords(TokenStream words) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(words));
    }

    /** The standard tokenizer, then a language's word filters behind a cache of their results. */
    private static Analyzer.TokenStreamComponents cached(UnaryOperator<TokenStream> wordFilters) {
        Tokenizer source = new StandardTokenizer();
        return new Analyzer.TokenStreamComponents(source, new WordCacheFilter(source, wordFilters, WordCacheFilter.DEFAULT_CAPACITY));
    }

    private static final class French extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            return cached(TextAnalysis::frenchWords);
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
        }
    }

    private static final class English extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            return cached(TextAnalysis::englishWords);
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    private static final class Folded extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            return cached(TextAnalysis::foldedWords);
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
