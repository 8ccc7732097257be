package org.veille.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Furniture recognised by its words, in any markup; real sentences that mention the same words are not. */
class BoilerplateTextTest {
    private final BoilerplateText furniture = new BoilerplateText(ExtractionSettings.balanced().furnitureMaxChars());

    @Test
    void adLabelsAreFurniture() {
        assertTrue(furniture.matches("Advertisement"));
        assertTrue(furniture.matches("Publicité"));
    }

    @Test
    void readMoreTeasersAreFurniture() {
        assertTrue(furniture.matches("Read more: Swimming pool to close for the whole of August"));
        assertTrue(furniture.matches("À lire aussi : la piscine fermera en août"));
        assertTrue(furniture.matches("Lesen Sie auch: Das Schwimmbad schließt im August"));
    }

    @Test
    void relatedArticleHeadingsAreFurniture() {
        assertTrue(furniture.matches("Related Articles"));
        assertTrue(furniture.matches("Articles similaires"));
    }

    @Test
    void sharePromptsAreFurniture() {
        assertTrue(furniture.matches("Share this article"));
        assertTrue(furniture.matches("Facebook Twitter LinkedIn Email"));
        assertTrue(furniture.matches("Partager sur Facebook"));
    }

    @Test
    void newsletterAndSubscriptionPromptsAreFurniture() {
        assertTrue(furniture.matches("Sign up for our free morning newsletter"));
        assertTrue(furniture.matches("Abonnez-vous à notre newsletter"));
    }

    @Test
    void cookieNoticesAreFurniture() {
        assertTrue(furniture.matches(
                "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More"));
        assertTrue(furniture.matches("Ce site utilise des cookies. En poursuivant, vous acceptez notre politique."));
    }

    @Test
    void copyrightLinesAreFurniture() {
        assertTrue(furniture.matches("© 2024 The Callow Courier. All rights reserved."));
        assertTrue(furniture.matches("Tous droits réservés"));
    }

    @Test
    void bareBylineWordsAndCommentCountsAreFurniture() {
        assertTrue(furniture.matches("par"));
        assertTrue(furniture.matches("By:"));
        assertTrue(furniture.matches("12 comments"));
        assertTrue(furniture.matches("Commentaires (3)"));
    }

    @Test
    void aLongParagraphIsNeverFurnitureWhateverItMentions() {
        String paragraph = "We use cookies, the bakery's owner said with a laugh, to thank the volunteers who come every"
                + " Saturday, and this year we will also send a newsletter to every family in the parish so that nobody"
                + " misses the fair again; she added that the parish council had agreed to pay for the printing, which"
                + " until now had been done by hand in the back room of the bakery by her two daughters and their friends.";
        assertTrue(paragraph.length() > ExtractionSettings.balanced().furnitureMaxChars());
        assertFalse(furniture.matches(paragraph));
    }

    @Test
    void ordinarySentencesAreNotFurniture() {
        assertFalse(furniture.matches("The council met on Tuesday evening to decide the future of the library."));
        assertFalse(furniture.matches("« Nous avons préféré prendre le temps », a-t-elle déclaré."));
        assertFalse(furniture.matches("Par ailleurs, la préfecture a confirmé la fermeture de la route."));
    }

    @Test
    void emptyTextIsNotFurniture() {
        assertFalse(furniture.matches(""));
    }

    @Test
    void aShortSentenceThatStartsWithANewsAgencyIsNotFurniture() {
        assertFalse(furniture.matches("Reuters could not independently verify the report."));
        assertFalse(furniture.matches("AFP was unable to reach the ministry for comment."));
    }

    @Test
    void aShortNewsSentenceAboutANewsletterIsNotFurniture() {
        assertFalse(furniture.matches("The parish newsletter revealed on Friday that the vicar had resigned."));
    }

    @Test
    void closingCallsToActionAreFurniture() {
        assertTrue(furniture.matches("Das könnte Sie auch interessieren!"));
        assertTrue(furniture.matches("You might also like"));
        assertTrue(furniture.matches("Über den Autor"));
        assertTrue(furniture.matches("Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook."));
        assertTrue(furniture.matches("For the latest stories and breaking news updates download the Herald apps for iOS and Android."));
        assertFalse(furniture.matches("For the latest figures, the council relied on the county's own survey of the roof."));
    }

    @Test
    void forumPostCountersAreFurniture() {
        assertTrue(furniture.matches("Click to expand..."));
        assertTrue(furniture.matches("3 Likes"));
        assertTrue(furniture.matches("1 Like"));
        assertFalse(furniture.matches("#12"), "a rank in a listing");
        assertFalse(furniture.matches("3 likes and a dislike"));
    }
}
