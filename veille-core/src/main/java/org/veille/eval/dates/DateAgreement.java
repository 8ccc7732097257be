package org.veille.eval.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.veille.eval.PrfScore;

/**
 * Counts, over many texts, how far predicted date expressions agree with a reference system's.
 *
 * <ul>
 *   <li>span agreement: precision = paired predictions / predictions, recall = paired reference
 *       expressions / reference expressions, pairs as {@link DateMatcher} makes them;</li>
 *   <li>value agreement, on the pairs where both sides have a value: the share that are
 *       {@linkplain DateValue.Agreement#EQUAL equal}, and the share equal at the shared precision
 *       (equal ones included); pairs where a side has no value are counted apart.</li>
 * </ul>
 * Disagreements are kept in reading order, text by text, for listing.
 */
public final class DateAgreement {
    /** What kind of disagreement a finding is. */
    public enum Kind { MISSED, INVENTED, VALUE_DIFFERS }

    /** One disagreement: the text's name, the reference side and the predicted side (either may be null). */
    public record Finding(Kind kind, String textId, String text, DateSpan reference, DateSpan predicted) {
    }

    private int referenceCount;
    private int predictedCount;
    private int paired;
    private int equal;
    private int equalAtSharedPrecision;
    private int notComparable;
    private final List<Finding> findings = new ArrayList<>();

    /** Aligns and counts one text; {@code text} is kept only to show findings in context. */
    public DateMatcher.Alignment add(String textId, String text, List<DateSpan> reference, List<DateSpan> predicted) {
        DateMatcher.Alignment alignment = DateMatcher.align(reference, predicted);
        referenceCount += reference.size();
        predictedCount += predicted.size();
        paired += alignment.pairs().size();
        List<Finding> here = new ArrayList<>();
        for (DateMatcher.Pair pair : alignment.pairs()) {
            DateValue.Agreement a = DateValue.compare(pair.reference().value(), pair.predicted().value());
            switch (a) {
                case EQUAL -> {
                    equal++;
                    equalAtSharedPrecision++;
                }
                case EQUAL_AT_SHARED_PRECISION -> equalAtSharedPrecision++;
                case DIFFERENT -> here.add(new Finding(Kind.VALUE_DIFFERS, textId, text, pair.reference(), pair.predicted()));
                case NOT_COMPARABLE -> notComparable++;
            }
        }
        alignment.missed().forEach(r -> here.add(new Finding(Kind.MISSED, textId, text, r, null)));
        alignment.invented().forEach(p -> here.add(new Finding(Kind.INVENTED, textId, text, null, p)));
        here.sort(Comparator.comparingInt(f -> (f.reference() != null ? f.reference() : f.predicted()).start()));
        findings.addAll(here);
        return alignment;
    }

    public PrfScore spanScore() {
        double precision = predictedCount == 0 ? 0 : (double) paired / predictedCount;
        double recall = referenceCount == 0 ? 0 : (double) paired / referenceCount;
        return PrfScore.of(precision, recall);
    }

    public int referenceCount() {
        return referenceCount;
    }

    public int predictedCount() {
        return predictedCount;
    }

    public int paired() {
        return paired;
    }

    /** Pairs where both sides have a value. */
    public int compared() {
        return paired - notComparable;
    }

    public int equal() {
        return equal;
    }

    /** Equal at the shared precision, equal values included. */
    public int equalAtSharedPrecision() {
        return equalAtSharedPrecision;
    }

    /** Pairs left out of value agreement because a side has no value. */
    public int notComparable() {
        return notComparable;
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
