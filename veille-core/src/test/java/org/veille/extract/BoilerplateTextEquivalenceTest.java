package org.veille.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * BoilerplateText only tries a pattern where it can match (first-character buckets, {contains:} gates).
 * This checks that shortcut against the plain alternation of every pattern on blocks of every kind,
 * so a gate that is not a true necessary condition of its pattern fails here.
 */
class BoilerplateTextEquivalenceTest {
    private static final int MAX = ExtractionSettings.balanced().furnitureMaxChars();

    private static Pattern plainAlternation() {
        List<String> patterns = new ArrayList<>();
        for (String line : ResourceLines.read(BoilerplateText.class, "boilerplate-text.txt")) {
            patterns.add(line.replaceFirst("^\\{contains:[^}]*}\\s*", ""));
        }
        return Pattern.compile("(?:" + String.join(")|(?:", patterns) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<String> blocks() {
        List<String> blocks = new ArrayList<>(List.of(
                "Advertisement", "ADVERTISEMENT", "Publicité", "Read more", "READ MORE: the pool closes",
                "À lire aussi : la piscine fermera en août", "Related Articles", "Share this article",
                "Facebook Twitter LinkedIn Email", "Partager sur Facebook", "Sign up for our newsletter",
                "Get the best of the week: Sign up to our free daily newsletter today",
                "Our weekly Newsletter arrives every Friday, unsubscribe at any time",
                "We use cookies to improve your experience. By continuing you accept our Cookie Policy.",
                "Ce site utilise des COOKIES. En poursuivant, vous acceptez notre politique.",
                "Cookies help us deliver our services. Cookie settings", "© 2024 Kervallon Gazette. All rights reserved.",
                "Copyright 2023 The Harbour Post", "Kervallon Gazette – TOUS DROITS RÉSERVÉS",
                "Click here to read the report", "Back to top", "Loading...", "Please enable JavaScript to view",
                "Photo: Jean Dupont", "Getty Images", "12 comments", "Leave a comment", "Tags: tram, Kervallon",
                "Next article", "Home", "Skip to main content", "Updated: 3 June 2023", "By", "5 min read",
                "Reading time: 4 minutes", "The council voted on Tuesday to extend the tram line to the harbour.",
                "« Nous avons attendu vingt ans », a déclaré la maire, qui a signé la convention mardi.",
                "The newsletter, which the council publishes monthly, said the works would end in June.",
                "We asked residents whether the cookies sold at the market were homemade; most said they were.",
                "Subscribers said the service had improved.", "Reuters could not independently verify the report.",
                "1", "…", "¿Qué pasa?", "Über uns", "東京で会議が開かれた", "İstanbul'da toplantı yapıldı"));
        // Every block again with its first letter's case flipped, and cut to a few lengths.
        for (String block : List.copyOf(blocks)) {
            char first = block.charAt(0);
            char flipped = Character.isUpperCase(first) ? Character.toLowerCase(first) : Character.toUpperCase(first);
            blocks.add(flipped + block.substring(1));
            if (block.length() > 12) {
                blocks.add(block.substring(0, 12));
                blocks.add(block.substring(block.length() / 2));
            }
        }
        return blocks;
    }

    @Test
    void answersAsThePlainAlternationDoes() {
        BoilerplateText furniture = new BoilerplateText(MAX);
        Pattern plain = plainAlternation();
        int furnitureBlocks = 0;
        for (String block : blocks()) {
            boolean expected = block.length() <= MAX && plain.matcher(block).matches();
            assertEquals(expected, furniture.matches(block), block);
            furnitureBlocks += expected ? 1 : 0;
        }
        assertTrue(furnitureBlocks > 30, "the sample must hold furniture of many kinds, got " + furnitureBlocks);
    }

    @Test
    void repeatedCallsGiveTheSameAnswerOnceBucketsAreCached() {
        BoilerplateText furniture = new BoilerplateText(MAX);
        for (String block : blocks()) {
            assertEquals(furniture.matches(block), furniture.matches(block), block);
        }
    }
}
