package org.veille.analyse.dates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and normalises the dates a text names, in one language. Thread-safe and cheap to share: the
 * grammar's patterns are compiled once.
 */
public final class DateFinder {
    private final DateGrammar grammar;

    /** @throws IllegalArgumentException when Veille has no date grammar for {@code language} */
    public DateFinder(String language) {
        this.grammar = DateGrammar.forLanguage(language);
        if (grammar == null) {
            throw new IllegalArgumentException("no date grammar for language '" + language + "'");
        }
    }

    /** Whether {@link #DateFinder(String)} accepts {@code language}. */
    public static boolean supports(String language) {
        return DateGrammar.LANGUAGES.contains(language);
    }

    /**
     * The text's date expressions in reading order.
     *
     * @param published the article's publication day, the reference for relative expressions; may be null
     */
    public List<FoundDate> find(String text, LocalDate published) {
        List<WrittenDate> written = grammar.find(text);
        DateResolver resolver = new DateResolver(published, written);
        List<FoundDate> found = new ArrayList<>();
        for (WrittenDate w : written) {
            DateResolver.Value v = resolver.resolve(w, grammar.tenseAround(text, w.start(), w.end()));
            if (v != null) {
                found.add(new FoundDate(w.text(), v.value(), v.resolution(), w.start(), w.end()));
            }
        }
        return found;
    }

    /** The day of a publication date as extraction gives it ({@code 2023-02-21} or a full timestamp), or null. */
    public static LocalDate publicationDay(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
