package org.veille.store.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The documented threshold: light edits stay above 0.8, a different story on the same subject falls below. */
class NearDuplicatesTest {
    private static final String STORY = "The harbour council voted on Thursday evening to rebuild the northern breakwater before the"
            + " winter storms, ending a dispute that had lasted almost three years between fishermen and the town's ferry operator."
            + " Engineers will start in April by removing the damaged concrete blocks, which were cracked during the January gales,"
            + " and replacing them with heavier granite armour brought by barge from the quarry across the bay. The work is"
            + " expected to cost four million pounds, most of it paid by the regional development fund, while the ferry company"
            + " has agreed to cover the dredging of the channel once the blocks are in place.";

    @Test
    void aCopyWithAFewEditsIsAboveTheThreshold() {
        String edited = STORY.replace("Thursday evening", "Thursday night").replace("four million", "4 million")
                + " Reporting by the coast desk.";
        double similarity = NearDuplicates.similarity(NearDuplicates.signature(STORY), NearDuplicates.signature(edited));
        assertTrue(similarity >= NearDuplicates.THRESHOLD, "similarity " + similarity);
    }

    @Test
    void caseAccentsAndPunctuationDoNotCount() {
        String restyled = STORY.toUpperCase().replace(",", "").replace("harbour", "hárbour");
        assertEquals(1.0, NearDuplicates.similarity(NearDuplicates.signature(STORY), NearDuplicates.signature(restyled)));
    }

    @Test
    void anotherStorySharingOneSentenceIsBelowIt() {
        String other = STORY.substring(0, STORY.indexOf(" Engineers")) + " The ferry operator said it would appeal, arguing"
                + " that the council had ignored its own engineers' advice and that the granite would narrow the channel its"
                + " vessels use at low tide. Fishermen welcomed the decision but asked for a temporary mooring during the works.";
        double similarity = NearDuplicates.similarity(NearDuplicates.signature(STORY), NearDuplicates.signature(other));
        assertTrue(similarity < NearDuplicates.THRESHOLD, "similarity " + similarity);
    }

    @Test
    void shortBodiesAreNotJudged() {
        assertNull(NearDuplicates.signature("Council approves breakwater rebuild after three years of dispute."));
    }

    @Test
    void signaturesRoundTripAndGiveOneKeyPerBand() {
        long[] signature = NearDuplicates.signature(STORY);
        assertArrayEquals(signature, NearDuplicates.fromBytes(NearDuplicates.toBytes(signature), 0, NearDuplicates.HASHES * 8));
        List<String> bands = NearDuplicates.bands(signature);
        assertEquals(NearDuplicates.BANDS, bands.size());
        Set<String> numbers = new HashSet<>();
        bands.forEach(b -> numbers.add(b.substring(0, b.indexOf(':'))));
        assertEquals(NearDuplicates.BANDS, numbers.size());
    }
}
