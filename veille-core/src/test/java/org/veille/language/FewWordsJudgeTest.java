package org.veille.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FewWordsJudgeTest {

    private static final Lexicon LEXICON = Lexicon.load(LanguageSettings.DEFAULT_LANGUAGES);
    private static final FewWordsJudge JUDGE = new FewWordsJudge(LEXICON);
    private static final int FR = LEXICON.index("fr");
    private static final int EN = LEXICON.index("en");

    private static String judge(String content, int article) {
        int language = JUDGE.language(content, article);
        return language < 0 ? null : LEXICON.code(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"it is because", "Belarusians", "in Belarus", "the", "Putin's", "killed",
        "fighting", "sense of urgency", "Ukrainians", "for example", "friendship"})
    void English_words_in_French_text_are_English(String content) {
        assertEquals("en", judge(content, FR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sic", "Sic !", "...", "…", "1", "12:30", "Photo", "PHOTO", "Vidéo", "mise à jour",
        "ndlr", "NDLR", "le président", "Poutine", "Kiev", "Belarus", "a", "II", "US", "AFP", "Reuters",
        "parking", "meeting", "Neuilly", "Marly", "in situ", "de facto", "https://example.org", "@veille",
        "Biélorussie", "l'armée", "vers 18 heures", "", "  ", "fait", "pied", "célèbres", "attaqué",
        "Smith et al. '12", "El Alaoui '21", "in 2022", " state, setState ", "setState", "State", "Harris Co.",
        "email protected", "at", "en", "The Guardian", "In Belarus"})
    void French_text_editorial_marks_and_names_are_not_flagged(String content) {
        assertEquals(null, judge(content, FR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"at the border", "en route"})
    void a_fragment_may_begin_with_a_word_that_alone_is_a_mark(String content) {
        assertEquals(content.startsWith("at") ? "en" : null, judge(content, FR));
    }

    @Test
    void English_words_in_English_text_are_not_flagged() {
        assertEquals(null, judge("it is because", EN));
        assertEquals(null, judge("Belarusians", EN));
    }

    @Test
    void French_words_in_English_text_are_French() {
        assertEquals("fr", judge("c'est la vie", EN));
        assertEquals("fr", judge("avec", EN));
    }

    @Test
    void German_words_in_French_text_are_German() {
        assertEquals("de", judge("und nicht", FR));
        assertEquals("de", judge("Zeitenwende ist", FR));
    }

    @Test
    void lone_letters_and_accented_words_are_never_English() {
        assertEquals(null, judge("é", FR));
        assertEquals(null, judge("the café", FR));
    }
}
