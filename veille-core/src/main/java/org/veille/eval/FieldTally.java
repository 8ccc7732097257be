package org.veille.eval;

/**
 * Outcomes of one metadata field over a set. Accuracy is over pages whose truth has a value; how often a
 * value was output when the truth has none is reported apart, as the README asks, so that an extractor
 * cannot buy accuracy by always answering.
 */
public record FieldTally(int correct, int wrong, int missed, int spurious, int correctlyAbsent) {
    public static final FieldTally EMPTY = new FieldTally(0, 0, 0, 0, 0);

    public FieldTally plus(FieldOutcome outcome) {
        return switch (outcome) {
            case CORRECT -> new FieldTally(correct + 1, wrong, missed, spurious, correctlyAbsent);
            case WRONG -> new FieldTally(correct, wrong + 1, missed, spurious, correctlyAbsent);
            case MISSED -> new FieldTally(correct, wrong, missed + 1, spurious, correctlyAbsent);
            case SPURIOUS -> new FieldTally(correct, wrong, missed, spurious + 1, correctlyAbsent);
            case CORRECTLY_ABSENT -> new FieldTally(correct, wrong, missed, spurious, correctlyAbsent + 1);
            case NOT_ANNOTATED -> this;
        };
    }

    /** Pages whose truth has a value for the field. */
    public int withValue() {
        return correct + wrong + missed;
    }

    /** Pages whose truth says the field is absent. */
    public int withoutValue() {
        return spurious + correctlyAbsent;
    }

    /** correct / pages with a truth value; NaN when there are none. */
    public double accuracy() {
        return withValue() == 0 ? Double.NaN : (double) correct / withValue();
    }

    /** spurious / pages whose truth has none; NaN when there are none. */
    public double spuriousRate() {
        return withoutValue() == 0 ? Double.NaN : (double) spurious / withoutValue();
    }
}
