package org.veille.pipeline;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.veille.language.LanguageCodes;
import org.veille.model.ArticleRecord;

/**
 * Keeps the articles written in some languages, judged on the language layer between
 * {@link Pipeline#prepare} and {@link Pipeline#analyse}: articles in other languages never reach
 * the analysis, the costly stage. Error records always pass, since every input must be accounted
 * for; {@code und} in the set keeps articles whose language could not be determined.
 *
 * @param languages ISO 639-1 codes (or {@code und}); empty keeps every article
 */
public record LanguageFilter(Set<String> languages) {

    /** The code that stands for an article whose language could not be determined. */
    public static final String UNDETERMINED = "und";

    /** Keeps every article. */
    public static final LanguageFilter ALL = new LanguageFilter(Set.of());

    public LanguageFilter {
        TreeSet<String> codes = new TreeSet<>();
        for (String language : languages) {
            String code = language.strip().toLowerCase(Locale.ROOT);
            if (!LanguageCodes.isCode(code)) {
                throw new IllegalArgumentException("not a language code such as fr or en: " + language);
            }
            codes.add(code);
        }
        languages = Set.copyOf(codes);
    }

    public boolean keepsAll() {
        return languages.isEmpty();
    }

    /**
     * True when {@code prepared} goes on to the analysis: an error record, an article in one of the
     * languages, or any article when the filter keeps all. An article without a language layer
     * (detection switched off) cannot be judged and is kept only by a filter that keeps all.
     */
    public boolean keeps(ArticleRecord prepared) {
        if (keepsAll() || prepared.isError()) {
            return true;
        }
        if (prepared.language() == null) {
            return false;
        }
        String code = prepared.language().language();
        return languages.contains(code == null ? UNDETERMINED : code);
    }
}
