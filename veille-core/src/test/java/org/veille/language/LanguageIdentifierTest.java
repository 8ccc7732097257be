package org.veille.language;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.model.Extraction;
import org.veille.model.ForeignFragment;
import org.veille.model.LanguageProfile;
import org.veille.model.ParagraphLanguage;
import org.veille.model.Warning;
import org.veille.pipeline.Outcome;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LanguageIdentifierTest {

    /** Built once: the statistical model is shared, as in production. */
    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();
    private static final LanguageIdentifier LEXICAL_ONLY = new LanguageIdentifier(LanguageSettings.lexicalOnly());

    private static LanguageProfile profile(Extraction extraction) {
        Outcome<LanguageProfile> outcome = IDENTIFIER.identify(extraction);
        assertTrue(outcome.isOk());
        return outcome.value();
    }

    @Test
    void a_French_article_is_French() {
        LanguageProfile profile = profile(Articles.extraction("Un nouveau plan de circulation", Articles.FRENCH));
        assertEquals("fr", profile.language());
        assertEquals(List.of(), profile.paragraphs());
        assertEquals(List.of(), profile.foreignFragments());
    }

    @Test
    void an_English_article_is_English() {
        assertEquals("en", profile(Articles.extraction("A new traffic plan", Articles.ENGLISH)).language());
    }

    @Test
    void German_and_Spanish_articles_are_German_and_Spanish() {
        assertEquals("de", profile(Articles.extraction("Neuer Verkehrsplan", Articles.GERMAN)).language());
        assertEquals("es", profile(Articles.extraction("Nuevo plan de tráfico", Articles.SPANISH)).language());
    }

    @Test
    void Polish_Italian_Portuguese_and_Dutch_articles_are_recognised() {
        assertEquals("pl", profile(Articles.extraction(null, Articles.POLISH)).language());
        assertEquals("it", profile(Articles.extraction(null, Articles.ITALIAN)).language());
        assertEquals("pt", profile(Articles.extraction(null, Articles.PORTUGUESE)).language());
        assertEquals("nl", profile(Articles.extraction(null, Articles.DUTCH)).language());
    }

    @Test
    void the_function_words_alone_recognise_every_article() {
        assertEquals("fr", LEXICAL_ONLY.identify(Articles.extraction(null, Articles.FRENCH)).value().language());
        assertEquals("en", LEXICAL_ONLY.identify(Articles.extraction(null, Articles.ENGLISH)).value().language());
        assertEquals("de", LEXICAL_ONLY.identify(Articles.extraction(null, Articles.GERMAN)).value().language());
        assertEquals("es", LEXICAL_ONLY.identify(Articles.extraction(null, Articles.SPANISH)).value().language());
        assertEquals("pl", LEXICAL_ONLY.identify(Articles.extraction(null, Articles.POLISH)).value().language());
    }

    @Test
    void an_English_paragraph_in_a_French_article_is_flagged() {
        List<String> paragraphs = new ArrayList<>(List.of(Articles.FRENCH));
        paragraphs.add(2, Articles.ENGLISH[1]);
        LanguageProfile profile = profile(Articles.extraction(null, paragraphs.toArray(String[]::new)));
        assertEquals("fr", profile.language());
        assertEquals(List.of(new ParagraphLanguage(2, "en")), profile.paragraphs());
    }

    @Test
    void a_short_foreign_paragraph_is_not_judged() {
        LanguageProfile profile = profile(Articles.extraction(null, Articles.FRENCH[0], "Related Articles",
                "Read more", Articles.FRENCH[1]));
        assertEquals("fr", profile.language());
        assertEquals(List.of(), profile.paragraphs());
    }

    @Test
    void a_short_text_has_no_language_and_says_why() {
        Outcome<LanguageProfile> outcome = IDENTIFIER.identify(Articles.extraction("Bonjour", "Merci à tous."));
        assertNull(outcome.value().language());
        Warning warning = outcome.warnings().get(0);
        assertEquals("language", warning.stage());
        assertEquals("too-little-text", warning.code());
    }

    @Test
    void an_empty_extraction_has_no_language_and_does_not_throw() {
        Outcome<LanguageProfile> outcome = IDENTIFIER.identify(Articles.extraction(null));
        assertTrue(outcome.isOk());
        assertNull(outcome.value().language());
        assertEquals(List.of(), outcome.value().foreignFragments());
        assertEquals("too-little-text", outcome.warnings().get(0).code());
    }

    @Test
    void a_short_body_is_read_with_its_title() {
        LanguageProfile profile = profile(Articles.extraction(
                "Le gouvernement annonce une réforme des retraites pour la fin de l'année", "Photo AFP"));
        assertEquals("fr", profile.language());
    }

    @Test
    void a_text_in_an_unsupported_script_is_left_undetermined() {
        Outcome<LanguageProfile> outcome = IDENTIFIER.identify(Articles.extraction(null,
                "Президент заявил во вторник, что переговоры продолжатся на следующей неделе в столице.",
                "Министерство обороны сообщило о новых учениях вблизи границы."));
        assertNull(outcome.value().language());
        assertEquals("uncertain-language", outcome.warnings().get(0).code());
    }

    @Test
    void bracketed_machine_translation_leftovers_are_flagged_English_with_code_point_offsets() {
        String first = "Le porte-parole \uD83D\uDE80 a expliqué que l'armée n'avait pas bougé [it is because] elle"
                + " craignait que les [Belarusians] refusent de se battre.";
        String second = "Personne ne sait ce qui se passe vraiment [in Belarus] depuis le début de l'hiver,"
                + " a-t-il ajouté devant les journalistes.";
        Extraction extraction = Articles.extraction(null, Articles.FRENCH[0], first, second);
        LanguageProfile profile = profile(extraction);
        assertEquals("fr", profile.language());
        List<ForeignFragment> fragments = profile.foreignFragments();
        assertEquals(List.of("[it is because]", "[Belarusians]", "[in Belarus]"),
                fragments.stream().map(ForeignFragment::text).toList());
        String text = extraction.text();
        for (ForeignFragment fragment : fragments) {
            assertEquals("en", fragment.language());
            int from = text.offsetByCodePoints(0, fragment.start());
            int to = text.offsetByCodePoints(0, fragment.end());
            assertEquals(fragment.text(), text.substring(from, to));
        }
        // Code points, not chars: the rocket before the first fragment counts once.
        int charStart = text.indexOf("[it is because]");
        assertEquals(charStart - 1, fragments.get(0).start());
        assertEquals(charStart - 1 + "[it is because]".length(), fragments.get(0).end());
    }

    @Test
    void editorial_brackets_in_French_text_are_not_flagged() {
        LanguageProfile profile = profile(Articles.extraction(null, Articles.FRENCH[0],
                "Le ministre a reconnu qu'il « ne savait pas [sic] » ce que contenait le rapport [...] publié"
                        + " par la commission [1], selon le document consulté.",
                "[Photo] Les manifestants se sont rassemblés devant la préfecture. [mise à jour] Le cortège"
                        + " s'est dispersé dans le calme [ndlr : vers 18 heures] et [Reuters] n'a signalé aucun"
                        + " incident [in situ], a indiqué la police [AFP].",
                "Les élus [de l'opposition] ont quitté la salle [II] avant le vote [Neuilly] du budget."));
        assertEquals("fr", profile.language());
        assertEquals(List.of(), profile.foreignFragments());
    }

    @Test
    void an_English_sentence_quoted_in_a_French_paragraph_is_flagged() {
        String paragraph = "Interrogé par la presse, le diplomate a simplement répondu : “We will not give up on"
                + " this country” avant de quitter la salle sans autre commentaire.";
        Extraction extraction = Articles.extraction(null, Articles.FRENCH[0], paragraph, Articles.FRENCH[1]);
        LanguageProfile profile = profile(extraction);
        assertEquals(List.of(), profile.paragraphs());
        assertEquals(1, profile.foreignFragments().size());
        ForeignFragment fragment = profile.foreignFragments().get(0);
        assertEquals("“We will not give up on this country”", fragment.text());
        assertEquals("en", fragment.language());
    }

    @Test
    void a_French_quotation_in_a_French_article_is_not_flagged() {
        LanguageProfile profile = profile(Articles.extraction(null, Articles.FRENCH[0],
                "« Nous ne laisserons pas tomber ce quartier », a promis le maire (qui était accompagné de son"
                        + " adjoint aux transports) devant une centaine de personnes."));
        assertEquals(List.of(), profile.foreignFragments());
    }

    @Test
    void addresses_code_and_titles_in_an_English_article_are_not_taken_for_foreign_text() {
        LanguageProfile profile = profile(Articles.extraction(null, Articles.ENGLISH[0],
                "Photo by Max Bender on https://unsplash.com/de/fotos/person-die-in-der-nahe-eines-schildes-steht",
                "Write to info[at]example.org, or call the desk; the hook returns [ state, setState ] as before.",
                "Her new single (Dios Es Un Stalker) follows the hit (La Rumba Del Perdon) of last year.",
                "As shown by [Smith et al. '12] and [El Alaoui '21], the bound holds [sic].",
                Articles.ENGLISH[1]));
        assertEquals("en", profile.language());
        assertEquals(List.of(), profile.paragraphs());
        assertEquals(List.of(), profile.foreignFragments());
    }

    @Test
    void a_French_proverb_quoted_in_English_is_flagged_French() {
        LanguageProfile profile = profile(Articles.extraction(null, Articles.ENGLISH[0],
                "As the painter liked to say, “dans le noir tous les chats sont gris.” It was her motto.",
                Articles.ENGLISH[1]));
        assertEquals(List.of("fr"), profile.foreignFragments().stream().map(ForeignFragment::language).toList());
    }

    @Test
    void one_identifier_serves_several_threads_with_the_same_answers() throws Exception {
        List<Extraction> articles = List.of(Articles.extraction(null, Articles.FRENCH),
                Articles.extraction(null, Articles.ENGLISH), Articles.extraction(null, Articles.GERMAN),
                Articles.extraction(null, Articles.SPANISH), Articles.extraction(null, Articles.PORTUGUESE),
                Articles.extraction(null, Articles.FRENCH[0], Articles.ENGLISH[1], Articles.FRENCH[1]));
        LanguageIdentifier fresh = new LanguageIdentifier();
        List<LanguageProfile> expected = articles.stream().map(a -> IDENTIFIER.identify(a).value()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<LanguageProfile>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<LanguageProfile> seen = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        seen = articles.stream().map(a -> fresh.identify(a).value()).toList();
                    }
                    return seen;
                }));
            }
            for (Future<List<LanguageProfile>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void random_strings_do_not_throw() {
        Random random = new Random(42);
        String alphabet = "abcdefghijklmnopqrstuvwxyzéàçß ął[](){}«»“”„\"'’.,;:!?0123456789\uD83D\uDE80 \t-";
        for (int round = 0; round < 300; round++) {
            int paragraphs = random.nextInt(4);
            String[] texts = new String[paragraphs];
            for (int p = 0; p < paragraphs; p++) {
                StringBuilder text = new StringBuilder("x");
                int length = random.nextInt(400);
                for (int i = 0; i < length; i++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                texts[p] = text.toString().replace("\n\n", "\n");
            }
            String title = random.nextBoolean() ? null : "titre " + round;
            Outcome<LanguageProfile> outcome = assertDoesNotThrow(
                    () -> IDENTIFIER.identify(Articles.extraction(title, texts)));
            assertTrue(outcome.isOk());
        }
    }

    @Test
    void random_words_with_brackets_do_not_throw() {
        Random random = new Random(7);
        String[] words = {"le", "the", "[", "]", "(", ")", "[it", "is]", "«", "»", "der", "[a]", "[]", "[ ]",
            "\uD83D\uDE80", "“", "”", "l’", "don't", "-", "’s"};
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder("début");
            for (int i = random.nextInt(80); i > 0; i--) {
                text.append(' ').append(words[random.nextInt(words.length)]);
            }
            assertDoesNotThrow(() -> IDENTIFIER.identify(Articles.extraction(null, text.toString())));
        }
    }

    @Test
    void unknown_languages_in_the_settings_are_rejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new LanguageIdentifier(LanguageSettings.defaults().withLanguages("fr", "xx")));
        assertThrows(IllegalArgumentException.class,
                () -> new LanguageIdentifier(LanguageSettings.defaults().withLanguages("fr", "FR")));
    }

    @Test
    void a_restricted_set_of_languages_still_works() {
        LanguageIdentifier frenchEnglish =
                new LanguageIdentifier(LanguageSettings.defaults().withLanguages("fr", "en"));
        assertEquals("en", frenchEnglish.identify(Articles.extraction(null, Articles.ENGLISH)).value().language());
        assertEquals("fr", frenchEnglish.identify(Articles.extraction(null, Articles.FRENCH)).value().language());
    }
}
