package org.veille.extract.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veille.extract.TestDocuments.P1;
import static org.veille.extract.TestDocuments.P2;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.veille.extract.ExtractionSettings;

/** The story container must hold two thirds of the prose of the main region, teasers and menus left out. */
class StoryShareTest {
    private static final String SECTION = "Our own crew plans the job with you, orders the materials, "
            + "protects your furniture and leaves the rooms clean at the end of every working day.";
    private final StoryShare share = new StoryShare(ExtractionSettings.balanced());

    private static Block block(String text, Block.Kind kind, int linkLetters) {
        int letters = text.replace(" ", "").length();
        return new Block(text, kind, new Element("p"), letters, Math.min(linkLetters, letters), 0);
    }

    private static Block prose(String text) {
        return block(text, Block.Kind.PARAGRAPH, 0);
    }

    @Test
    void oneSectionOfManyDoesNotHoldTheRegion() {
        List<Block> story = List.of(prose(P1));
        List<Block> region = new ArrayList<>(story);
        for (int i = 0; i < 5; i++) {
            region.add(block("Service " + i, Block.Kind.HEADING, 0));
            region.add(prose(SECTION));
        }
        assertFalse(share.holdsTheRegion(story, region));
    }

    @Test
    void aSectionHoldingJustOverHalfThePageIsNotTheStory() {
        List<Block> story = List.of(prose(P1), prose(P2));
        List<Block> region = new ArrayList<>(story);
        region.add(prose(SECTION));
        assertTrue(share.holdsTheRegion(story, region), "a story and one box beside it");
        region.add(prose(SECTION));
        assertFalse(share.holdsTheRegion(story, region), "the best of three sections");
    }

    @Test
    void menusHeadlinesAndBylinesAroundAShortStoryDoNotCount() {
        List<Block> story = List.of(prose(P1), prose(P2));
        List<Block> region = new ArrayList<>(story);
        for (int i = 0; i < 20; i++) {
            region.add(block("Council votes to repair the old bridge before winter number " + i, Block.Kind.LIST_ITEM, 0));
            region.add(block("By Mill Street Messenger staff", Block.Kind.TEXT, 0));
            region.add(block("11/20/2019 01:14 PM", Block.Kind.TEXT, 0));
            region.add(block("Sports, Culture, Weather, Traffic, Letters to the editor, Obituaries", Block.Kind.LIST_ITEM, 60));
        }
        assertTrue(share.holdsTheRegion(story, region));
    }

    @Test
    void teasersCutWithAnEllipsisDoNotCount() {
        List<Block> story = List.of(prose(P1), prose(P2));
        List<Block> region = new ArrayList<>(story);
        for (int i = 0; i < 10; i++) {
            region.add(prose("The district court heard on Monday that the contractor had been paid twice for the same repairs and that…"));
        }
        assertTrue(share.holdsTheRegion(story, region));
        region.add(prose(SECTION));
        region.add(prose(SECTION));
        region.add(prose(SECTION));
        assertFalse(share.holdsTheRegion(story, region), "the same region with whole sections is not one story");
    }
}
