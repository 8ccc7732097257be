package org.veille.model;

import java.util.List;

/**
 * The language layer: the article's main language (ISO 639-1, or null when undetermined), paragraphs
 * written in another language, and short foreign fragments inside paragraphs.
 */
public record LanguageProfile(String language, List<ParagraphLanguage> paragraphs,
                              List<ForeignFragment> foreignFragments) {
    public LanguageProfile {
        paragraphs = List.copyOf(paragraphs);
        foreignFragments = List.copyOf(foreignFragments);
    }

    public static LanguageProfile undetermined() {
        return new LanguageProfile(null, List.of(), List.of());
    }
}
