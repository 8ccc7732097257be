package org.veille.analyse;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.analyse.nlp.CoreNlpAnnotator;
import org.veille.ingest.DocumentInput;
import org.veille.ingest.IngestSettings;
import org.veille.model.ArticleRecord;
import org.veille.model.Quote;
import org.veille.model.QuoteKind;
import org.veille.pipeline.Pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference article ({@code shared/samples/000_e4564e332a95ab24.txt}; skips without it) through the
 * whole pipeline: the quotations {@code shared/eval/README.md} lists, with their speakers. The unnamed
 * insider of "S'adressant à Express.co.uk, il a déclaré" and "Il a expliqué" is the one the headline
 * announces ("affirme un initié"), and the article names him later only as "M. Kavaleuski", the way a
 * paper refers to someone already introduced: his quotes are Kavaleuski's, with less confidence.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReferenceArticleTest {

    private static List<Quote> quotes() {
        Path sample = SharedData.shared("samples/000_e4564e332a95ab24.txt");
        Pipeline pipeline = Pipeline.builder().analysis(new Analyser(new CoreNlpAnnotator())).build();
        ArticleRecord record = pipeline.process(DocumentInput.ofFile(sample, IngestSettings.defaults()));
        return record.analysis().quotes();
    }

    private static Quote starting(List<Quote> quotes, String text) {
        return quotes.stream().filter(q -> q.text().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting \"" + text + "\" in " + quotes));
    }

    @Test
    void attributes_the_named_speakers_quotations_across_paragraphs() {
        List<Quote> quotes = quotes();
        // The headline: a mixed quote from the insider the article later names as M. Kavaleuski.
        Quote headline = starting(quotes, "changerait de camp");
        assertTrue(headline.inTitle());
        assertEquals(QuoteKind.MIXED, headline.kind());
        assertEquals("Kavaleuski", headline.speaker());
        String kavaleuski = starting(quotes, "Les développements que nous voyons").speakerEntity();
        assertEquals(kavaleuski, headline.speakerEntity());
        // The insider's quotes are M. Kavaleuski's, then the ministry's (a Telegram statement, then "Il a poursuivi…").
        for (String insider : List.of("même si Loukachenko considère", "Le fait que cela ne se soit pas produit",
                "Les pertes parmi l’armée biélorusse", "C’est pourquoi la décision")) {
            assertEquals("Kavaleuski", starting(quotes, insider).speaker(), insider);
            assertEquals(kavaleuski, starting(quotes, insider).speakerEntity(), insider);
        }
        assertEquals("Kavaleuski", starting(quotes, "Les développements que nous voyons").speaker());
        assertEquals("Kavaleuski", starting(quotes, "Nous voyons le rassemblement").speaker(), "continued paragraph");
        // "le président russe" is Vladimir Poutine: a caption names him so ("Le président russe Vladimir Poutine assiste…").
        assertEquals("Vladimir Poutine", starting(quotes, "l’agression serait accueillie").speaker());
        assertTrue(starting(quotes, "À l’heure actuelle").speaker().contains("ministère de la Défense"));
        assertTrue(starting(quotes, "probabilité de provocations armées").speaker().contains("ministère de la Défense"));
        // Pavel Slunkin: guillemets, "a-t-il déclaré", and paragraphs that carry the quotation on.
        Quote first = starting(quotes, "La Biélorussie se prépare-t-elle");
        assertEquals("Pavel Slunkin", first.speaker());
        assertEquals("a-t-il déclaré", first.cue());
        assertEquals("il", first.speakerMention().text());
        for (String later : List.of("Pourquoi oui ?", "Pourquoi non ?", "Et même s’ils montrent")) {
            assertEquals("Pavel Slunkin", starting(quotes, later).speaker(), later);
        }
        assertEquals("Pavel Slunkin", starting(quotes, "la position de la Biélorussie pourrait").speaker());
        // "Ajoutant que X, il a déclaré : “…”": X is reported, and the colon opens the direct quotation.
        assertEquals("la Biélorussie pourrait faire exprès de faire la une des journaux",
                starting(quotes, "la Biélorussie pourrait faire exprès").text());
        assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("Ajoutant")), "the participle clause is no quotation");
        assertEquals("Pavel Slunkin", starting(quotes, "Le résultat des actions").speaker());
    }
}
