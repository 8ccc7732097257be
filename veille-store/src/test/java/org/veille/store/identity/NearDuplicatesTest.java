package org.veille.store.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Random;
import java.util.List;
import java.util.Set;

import org.apache.lucene.util.BytesRef;

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
        List<BytesRef> bands = NearDuplicates.bands(signature);
        assertEquals(NearDuplicates.BANDS, bands.size());
        Set<Byte> numbers = new HashSet<>();
        bands.forEach(b -> {
            assertEquals(9, b.length, "band number and a 64-bit hash");
            numbers.add(b.bytes[b.offset]);
        });
        assertEquals(NearDuplicates.BANDS, numbers.size());
        assertEquals(bands, NearDuplicates.bands(NearDuplicates.signature(STORY)), "the same body, the same keys");
    }

    @Test
    void theFoldingTableHashesAsTheUnicodeNormaliserWould() {
        // Words built from every char up to U+0400 (accented Latin, combining marks, Greek, ligatures), composed and decomposed.
        Random random = new Random(42);
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 3000; w++) {
            int length = 1 + random.nextInt(8);
            for (int c = 0; c < length; c++) {
                text.append(random.nextInt(3) == 0 ? (char) ('a' + random.nextInt(26)) : (char) random.nextInt(0x400));
            }
            text.append(random.nextBoolean() ? " " : " " + Normalizer.normalize("Élise à Noël ŒUVRE ǅemal", Normalizer.Form.NFD) + " ");
        }
        assertArrayEquals(referenceWordHashes(text.toString()), NearDuplicates.wordHashes(text.toString()));
    }

    /** The word hashes as first written: every non-ASCII word through the Unicode normaliser. */
    private static long[] referenceWordHashes(String text) {
        List<Long> hashes = new java.util.ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                i++;
            }
            if (i == start) {
                continue;
            }
            String word = Normalizer.normalize(text.substring(start, i), Normalizer.Form.NFD);
            long h = 0x84222325CBF29CE4L;
            for (int c = 0; c < word.length(); c++) {
                char ch = word.charAt(c);
                if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                    h = (h ^ Character.toLowerCase(ch)) * 0x100000001B3L;
                }
            }
            hashes.add(NearDuplicates.mix(h));
        }
        return hashes.stream().mapToLong(Long::longValue).toArray();
    }
}
