package org.veille.store;

/**
 * What an ingest did, record by record.
 *
 * @param read       records offered
 * @param added      new articles
 * @param unchanged  articles already stored with the same content
 * @param replaced   articles stored before with other content, now replaced
 * @param duplicates copies of other articles, stored but not counted
 * @param errors     error records, not stored
 */
public record IngestSummary(long read, long added, long unchanged, long replaced, long duplicates, long errors) {

    public static IngestSummary empty() {
        return new IngestSummary(0, 0, 0, 0, 0, 0);
    }

    /** This summary with one more record of the given outcome. */
    public IngestSummary plus(IngestOutcome outcome) {
        return new IngestSummary(read + 1, added + (outcome == IngestOutcome.NEW ? 1 : 0),
                unchanged + (outcome == IngestOutcome.UNCHANGED ? 1 : 0), replaced + (outcome == IngestOutcome.REPLACED ? 1 : 0),
                duplicates + (outcome == IngestOutcome.DUPLICATE ? 1 : 0), errors + (outcome == IngestOutcome.ERROR ? 1 : 0));
    }

    @Override
    public String toString() {
        return "read " + read + ", new " + added + ", unchanged " + unchanged + ", replaced " + replaced
                + ", duplicates " + duplicates + ", errors " + errors;
    }
}
