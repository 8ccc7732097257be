package org.veille.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.veille.ingest.DocumentInput;
import org.veille.model.ArticleRecord;
import org.veille.model.ErrorKind;

/** The language gate between {@link Pipeline#prepare} and {@link Pipeline#analyse}. */
class LanguageFilterTest {
    private static final String FRENCH = "<html><body><article><h1>Le conseil vote le budget</h1><p>Le conseil municipal a "
            + "voté mardi soir le budget de l'année, après trois heures de débat animé dans la salle des fêtes.</p>"
            + "<p>La maire a rappelé les priorités de son équipe pour les écoles et les routes de la commune.</p>"
            + "</article></body></html>";
    private static final String ENGLISH = "<html><body><article><h1>Council passes the budget</h1><p>The town council "
            + "passed the year's budget on Tuesday evening, after three hours of lively debate in the village hall.</p>"
            + "<p>The mayor recalled her team's priorities for the schools and the roads of the town.</p>"
            + "</article></body></html>";

    private final Pipeline pipeline = Pipeline.builder().build();

    private ArticleRecord prepared(String uri, String html) {
        return pipeline.prepare(DocumentInput.ofBytes(uri, html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void articlesInOtherLanguagesAreTurnedAwayAndErrorsAlwaysPass() {
        LanguageFilter french = new LanguageFilter(Set.of("FR"));
        ArticleRecord fr = prepared("fr.html", FRENCH);
        ArticleRecord en = prepared("en.html", ENGLISH);
        ArticleRecord error = pipeline.prepare(DocumentInput.failing("gone.html", ErrorKind.UNREADABLE, "gone"));

        assertEquals("fr", fr.language().language());
        assertEquals("en", en.language().language());
        assertTrue(french.keeps(fr));
        assertFalse(french.keeps(en));
        assertTrue(french.keeps(error));
        assertTrue(LanguageFilter.ALL.keeps(en));
    }

    @Test
    void withoutADetectedLanguageOnlyKeepAllOrUndKeepsTheArticle() {
        ArticleRecord undetected = Pipeline.builder().withoutLanguage().build()
                .prepare(DocumentInput.ofBytes("fr.html", FRENCH.getBytes(StandardCharsets.UTF_8)));

        assertFalse(new LanguageFilter(Set.of("fr", "und")).keeps(undetected), "no language layer: nothing to judge");
        assertTrue(LanguageFilter.ALL.keeps(undetected));
    }

    @Test
    void processIsPrepareThenAnalyse() {
        DocumentInput input = DocumentInput.ofBytes("fr.html", FRENCH.getBytes(StandardCharsets.UTF_8));

        assertEquals(pipeline.process(input), pipeline.analyse(pipeline.prepare(input)));
    }

    @Test
    void aCodeThatIsNoLanguageIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LanguageFilter(Set.of("french!")));
        assertTrue(e.getMessage().contains("french!"));
    }
}
