package org.veille.analyse.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.analyse.SharedData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SpeechVerbsTest {
    private static final SpeechVerbs FRENCH = SpeechVerbs.forLanguage("fr");
    private static final SpeechVerbs ENGLISH = SpeechVerbs.forLanguage("en");

    @Test
    void conjugates_regular_er_verbs_with_their_spelling_changes() {
        Set<String> annoncer = FrenchConjugator.firstGroup("annoncer", null);
        assertTrue(annoncer.containsAll(List.of("annonce", "annoncent", "annonçait", "annonçaient", "annonça",
                "annoncèrent", "annoncera", "annonceraient", "annonçant", "annoncé", "annoncée", "annoncés", "annoncées")));
        assertFalse(annoncer.contains("annoncait"));
        assertTrue(FrenchConjugator.firstGroup("juger", null).containsAll(List.of("jugeait", "jugea", "jugeant", "jugent")));
        assertTrue(FrenchConjugator.firstGroup("répéter", null).containsAll(List.of("répète", "répètent", "répétait", "répétera", "répété")));
        assertTrue(FrenchConjugator.firstGroup("appeler", "ll").containsAll(List.of("appelle", "appellent", "appelait", "appellera", "appelé")));
        assertTrue(FrenchConjugator.firstGroup("marteler", "è").containsAll(List.of("martèle", "martelait", "martèlera", "martelé")));
    }

    @Test
    void conjugates_second_group_and_irregular_verbs() {
        assertTrue(FrenchConjugator.secondGroup("avertir").containsAll(List.of("avertit", "avertissent", "avertissait",
                "avertira", "averti", "averties", "avertirent")));
        Set<String> dire = FrenchConjugator.fromParts("dire", Map.of("3sg", "dit", "pl", "dis", "ps", "di", "fut", "dir", "pp", "dit"));
        assertTrue(dire.containsAll(List.of("dit", "dis", "disent", "disait", "dirent", "dira", "diraient", "disant", "dite")));
        Set<String> reconnaitre = FrenchConjugator.fromParts("reconnaître",
                Map.of("3sg", "reconnaît", "pl", "reconnaiss", "ps", "reconnu", "fut", "reconnaîtr", "pp", "reconnu"));
        assertTrue(reconnaitre.containsAll(List.of("reconnais", "reconnaissent", "reconnut", "reconnaîtra", "reconnue")));
    }

    @Test
    void looks_up_forms_caselessly_with_their_verb() {
        assertEquals("déclarer", FRENCH.of("Déclaré").get(0).lemma());
        assertEquals("poursuivre", FRENCH.of("poursuit").get(0).lemma());
        SpeechVerb exclamer = FRENCH.of("exclamé").get(0);
        assertTrue(exclamer.reflexive());
        assertEquals("s'exclamer", exclamer.lemma());
        SpeechVerb valoir = FRENCH.of("fait").stream().filter(v -> v.lemma().equals("faire valoir")).findFirst().orElseThrow();
        assertEquals(List.of("valoir"), valoir.particles());
        assertFalse(FRENCH.isForm("maison"));
    }

    @Test
    void inflects_english_verbs() {
        for (String form : List.of("said", "says", "saying", "told", "added", "adding", "argues", "argued", "arguing",
                "admitted", "admitting", "testified", "testifies", "pointed", "wrote", "written", "tweeted")) {
            assertTrue(ENGLISH.isForm(form), form);
        }
        assertEquals(List.of("out"), ENGLISH.of("pointing").get(0).particles());
        assertFalse(ENGLISH.isForm("table"));
    }

    @Test
    void writes_every_third_person_form_a_published_list_gives_for_the_same_verbs() throws IOException {
        // The Gender Gap Tracker's French list (4,037 inflected forms) checks the conjugator: for each
        // of our verbs that list has too, the third-person and participle forms it gives must be ours.
        // (The other direction does not hold: that list leaves out forms that are also nouns, such as
        // "annonce" or "précisions", and present participles; telling verb from noun is the finder's job.)
        Path list = sharedLexicon("gendergaptracker-fr/quote_verb_list.txt");
        Set<String> published = new HashSet<>(Files.readAllLines(list, StandardCharsets.UTF_8).stream().map(String::strip).toList());
        List<String> endings = List.of("e", "ent", "ait", "aient", "a", "èrent", "era", "eront", "erait", "eraient",
                "é", "ée", "és", "ées", "it", "issent", "issait", "issaient", "ira", "iront", "irait", "iraient");
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        for (SpeechVerb verb : FRENCH.verbs()) {
            String infinitive = verb.lemma().replaceFirst("^(se |s')", "").split(" ")[0];
            String stem = infinitive.substring(0, infinitive.length() - 2);
            if (!published.contains(infinitive) || stem.length() < 4 || !verb.particles().isEmpty()) {
                continue;
            }
            checked++;
            Set<String> ours = FRENCH.formsOf(verb);
            for (String form : published) {
                if (form.startsWith(stem) && endings.stream().anyMatch(e -> form.equals(stem + e)
                        || form.equals(stem.replaceAll("c$", "ç") + e) || form.equals(stem + "e" + e)) && !ours.contains(form)) {
                    missing.add(form);
                }
            }
        }
        assertTrue(checked > 40, "verbs checked: " + checked);
        assertEquals(Set.of(), missing);
    }

    private static Path sharedLexicon(String name) {
        return SharedData.eval("quotes/lexicons/" + name);
    }
}
