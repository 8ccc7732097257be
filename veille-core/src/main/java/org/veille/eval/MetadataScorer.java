package org.veille.eval;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The README's metadata metric: exact match after whitespace normalisation; title and authors compared
 * case-insensitively, several authors as a set ({@link AuthorNames}); dates as {@code YYYY-MM-DD}
 * ({@link IsoDay}).
 */
public final class MetadataScorer {

    public boolean titleMatches(String truth, String predicted) {
        return caseless(truth).equals(caseless(predicted));
    }

    public boolean authorsMatch(List<String> truth, List<String> predicted) {
        return AuthorNames.of(truth).equals(AuthorNames.of(predicted));
    }

    /**
     * Whether the predicted date names the truth's day. A prediction that is not an ISO date never matches,
     * and neither does one less precise than the truth.
     */
    public boolean datesMatch(String truth, String predicted) {
        Optional<IsoDay> truthDay = IsoDay.parse(truth);
        Optional<IsoDay> predictedDay = IsoDay.parse(predicted);
        return truthDay.isPresent() && predictedDay.isPresent()
                && predictedDay.get().matchesAtPrecisionOf(truthDay.get());
    }

    /** Judges one field of one page. */
    public FieldOutcome judge(MetaField field, Truth truth, Prediction prediction) {
        if (!truth.annotated().contains(field)) {
            return FieldOutcome.NOT_ANNOTATED;
        }
        boolean truthHasValue = hasValue(field, truth.title(), truth.authors(), truth.date());
        boolean predicted = hasValue(field, prediction.title(), prediction.authors(), prediction.date());
        if (!truthHasValue) {
            return predicted ? FieldOutcome.SPURIOUS : FieldOutcome.CORRECTLY_ABSENT;
        }
        if (!predicted) {
            return FieldOutcome.MISSED;
        }
        boolean match = switch (field) {
            case TITLE -> titleMatches(truth.title(), prediction.title());
            case AUTHOR -> authorsMatch(truth.authors(), prediction.authors());
            case DATE -> datesMatch(truth.date(), prediction.date());
        };
        return match ? FieldOutcome.CORRECT : FieldOutcome.WRONG;
    }

    /** Whether a value is present at all: blank strings and author lists of blanks count as none. */
    private static boolean hasValue(MetaField field, String title, List<String> authors, String date) {
        return switch (field) {
            case TITLE -> !WhitespaceNormalizer.normalize(title).isEmpty();
            case AUTHOR -> !AuthorNames.of(authors).isEmpty();
            case DATE -> !WhitespaceNormalizer.normalize(date).isEmpty();
        };
    }

    /**
     * Upper- then lower-casing folds like Python's {@code str.casefold()} on the cases that occur in titles
     * ("Straße" and "STRASSE" both become "strasse"), which plain lower-casing would keep apart.
     */
    static String caseless(String text) {
        return WhitespaceNormalizer.normalize(text).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
