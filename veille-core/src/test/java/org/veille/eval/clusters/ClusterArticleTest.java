package org.veille.eval.clusters;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.eval.quotes.GoldArticle;
import org.veille.eval.quotes.GoldQuote;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClusterArticleTest {

    private static GoldQuote said(String speaker, boolean anonymous, String... aliases) {
        return new GoldQuote("direct", "q", 0, 1, speaker, List.of(), List.of(aliases), anonymous, "named", "dit", null);
    }

    @Test
    void each_entity_gathers_the_aliases_of_the_quotes_it_speaks() {
        GoldArticle article = new GoldArticle("a1", null, null, "texte", List.of(
                said("Pavel Slunkin", false, "M. Slunkin"),
                said("Pavel Slunkin", false, "l’analyste", "M. Slunkin"),
                said("l’Office fédéral", false, "Berne", "l'Office fédéral"),
                said("un diplomate", true, "le diplomate"),
                said(null, false)));

        ClusterArticle a = ClusterArticle.of(article, List.of("Pavel Slunkin", "l'Office fédéral", "Anna Ivanova"));

        assertEquals(List.of(
                new GoldEntity("Pavel Slunkin", List.of("M. Slunkin", "l’analyste")),
                new GoldEntity("l'Office fédéral", List.of("Berne")),
                new GoldEntity("Anna Ivanova", List.of())), a.entities());
        assertEquals("texte", a.text());
    }
}
