package org.veille.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the words before a written date say about it. */
class DateCuesTest {
    private final DateCues cues = new DateCues();

    @Test
    void publicationWordsInSeveralLanguagesMarkAPublicationDate() {
        assertEquals(DateCues.Cue.PUBLISHED, cues.of("Veröffentlicht am Montag, "));
        assertEquals(DateCues.Cue.PUBLISHED, cues.of("Publié le "));
        assertEquals(DateCues.Cue.PUBLISHED, cues.of("Mise en ligne "));
        assertEquals(DateCues.Cue.PUBLISHED, cues.of("Posted on: "));
    }

    @Test
    void theCueNearestTheDateSpeaksForIt() {
        assertEquals(DateCues.Cue.UPDATED, cues.of("Published 3 May, last updated "));
        assertEquals(DateCues.Cue.PUBLISHED, cues.of("Updated often. Published "));
    }

    @Test
    void aCopyrightSignMarksAFooterDate() {
        assertEquals(DateCues.Cue.COPYRIGHT, cues.of("Copyright © "));
    }

    @Test
    void aCueMustBeAWholeWordAndCloseToTheDate() {
        assertEquals(DateCues.Cue.NONE, cues.of("Candidates "));
        assertEquals(DateCues.Cue.NONE, cues.of("Published by the council of the town of Kervallon, a long way before "));
    }
}
