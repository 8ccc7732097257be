package org.veille.analyse.quotes;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.analyse.Analyser;
import org.veille.analyse.nlp.CoreNlpAnnotator;
import org.veille.model.Extraction;
import org.veille.model.Mention;
import org.veille.model.Quote;
import org.veille.model.QuoteKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One rule of the quotation finder per test, on short paragraphs of our own, through the real tagger. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QuoteFinderTest {
    private static final Analyser ANALYSER = new Analyser(new CoreNlpAnnotator());

    private static List<Quote> french(String... paragraphs) {
        return ANALYSER.analyse(null, List.of(paragraphs), "fr").quotes();
    }

    private static List<Quote> english(String... paragraphs) {
        return ANALYSER.analyse(null, List.of(paragraphs), "en").quotes();
    }

    private static Quote only(List<Quote> quotes) {
        assertEquals(1, quotes.size(), quotes.toString());
        return quotes.get(0);
    }

    @Test
    void an_incise_after_the_quote_names_the_speaker_through_a_pronoun() {
        List<Quote> quotes = french("Pavel Slunkin a décrit la situation.",
                "« Je dirais oui et non », a-t-il déclaré.");
        Quote q = only(quotes);
        assertEquals("Je dirais oui et non", q.text());
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("Pavel Slunkin", q.speaker());
        assertEquals("a-t-il déclaré", q.cue());
    }

    @Test
    void an_inverted_pronoun_s_mention_spans_the_pronoun_alone() {
        List<String> paragraphs = List.of("Pavel Slunkin a décrit la situation.", "« Je dirais oui et non », a-t-il déclaré.");
        Mention mention = only(french(paragraphs.toArray(String[]::new))).speakerMention();
        String text = String.join(Extraction.PARAGRAPH_SEPARATOR, paragraphs);
        assertEquals("il", mention.text());
        assertEquals("il", text.substring(text.offsetByCodePoints(0, mention.start()), text.offsetByCodePoints(0, mention.end())),
                "the offsets point at the text the mention gives, not at \"-t-il\"");
    }

    @Test
    void a_named_subject_before_a_colon_and_paragraphs_that_carry_the_quote_on() {
        List<Quote> quotes = french("Marie Dupont a expliqué : « Le port rouvrira lundi.",
                "« Les ferries reprendront mardi. »");
        assertEquals(2, quotes.size(), quotes.toString());
        assertEquals("Marie Dupont", quotes.get(0).speaker());
        assertEquals("Marie Dupont", quotes.get(1).speaker());
        assertNull(quotes.get(1).cue(), "a continued paragraph has no cue of its own");
    }

    @Test
    void an_incise_set_off_by_a_dash_splits_the_quote_too() {
        List<Quote> quotes = french("Éric Chauvier étudie le langage des experts.",
                "« Il faudrait rendre grâce à la science – observe-t-il dans un autre livre au titre éloquent : Les mots sans les choses. "
                        + "Riche de tant de citoyens éclairés, la démocratie ne pourrait que mieux s'en porter. »");
        assertEquals(2, quotes.size(), quotes.toString());
        assertTrue(quotes.get(1).text().startsWith("Riche de tant"), quotes.toString());
        assertTrue(quotes.stream().allMatch(q -> "Éric Chauvier".equals(q.speaker())), quotes.toString());
    }

    @Test
    void a_quote_interrupted_by_its_incise_is_two_quotes_of_one_speaker() {
        List<Quote> quotes = french("« Cette loi est injuste, affirme Jeanne Martin. Nous la combattrons. »");
        assertEquals(List.of("Cette loi est injuste", "Nous la combattrons."), quotes.stream().map(Quote::text).toList());
        assertTrue(quotes.stream().allMatch(q -> "Jeanne Martin".equals(q.speaker())), quotes.toString());
    }

    @Test
    void reported_speech_without_marks_is_an_indirect_quote() {
        Quote q = only(french("Le maire Paul Girard a annoncé que la piscine fermerait en juin."));
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("la piscine fermerait en juin", q.text());
        assertEquals("Paul Girard", q.speaker());
        Quote selon = only(french("Selon Jeanne Martin, le budget sera voté en mars."));
        assertEquals("le budget sera voté en mars", selon.text());
        assertEquals("Jeanne Martin", selon.speaker());
        assertEquals("Selon", selon.cue());
    }

    @Test
    void a_fragment_no_cue_attributes_and_a_charge_label_are_not_quotes() {
        assertEquals(List.of(), french("Le quartier vit une « renaissance » depuis l'été."));
        assertEquals(List.of(), french("Il a été mis en examen pour « détournement de fonds publics » en 2019."));
    }

    @Test
    void quoted_titles_lists_and_outlet_names_are_not_quotes() {
        assertEquals(List.of(), french("Ateliers de formation (« Comment tenir une tribune ? », « Dessiner une affiche » ou « Rédiger un tract »)."));
        assertEquals(List.of(), french("Sa cote reste stable dans le baromètre publié pour « Les Echos » ce mois-ci."));
        // A speaker's own words listed inside a sentence start in lower case and stay quotations.
        List<Quote> listed = french("Jeanne Martin a dit que c'était « un scandale » et « une honte ».");
        assertTrue(listed.stream().anyMatch(q -> q.text().equals("un scandale") && "Jeanne Martin".equals(q.speaker())), listed.toString());
        assertTrue(listed.stream().anyMatch(q -> q.text().equals("une honte")), listed.toString());
    }

    @Test
    void an_unnamed_source_named_later_by_title_and_surname_is_that_person() {
        List<Quote> quotes = french("S'adressant à notre journal, un initié a déclaré que l'armée ne bougerait pas.",
                "Même M. Kavaleuski, qui n'est pas convaincu, a exprimé ses inquiétudes.",
                "Il a déclaré : « La trajectoire devient préoccupante. »");
        assertEquals(2, quotes.size(), quotes.toString());
        assertTrue(quotes.stream().allMatch(q -> "Kavaleuski".equals(q.speaker()) && q.speakerEntity() != null), quotes.toString());
        assertTrue(quotes.get(0).confidence() < quotes.get(1).confidence(), "the link is an inference");
        // Someone introduced with a first name is someone new, not the unnamed source.
        List<Quote> introduced = french("Un initié a déclaré que l'armée ne bougerait pas.",
                "M. Pavel Slunkin, ancien diplomate, a exprimé ses inquiétudes.");
        assertEquals("un initié", introduced.get(0).speaker().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void a_quoted_heading_that_excerpts_a_later_quotation_is_its_speakers_and_no_cue_crosses_a_paragraph() {
        List<Quote> quotes = french("« Les combats sont entrés dans une phase terrifiante »",
                "Selon le ministère de la Santé palestinien, contrôlé par le Hamas, le bilan s'élevait à 50 morts.",
                "L'ONU, par la voix de Martin Griffiths, avait déploré une nouvelle « atrocité » dans une enclave où "
                        + "« les combats sont entrés dans une phase terrifiante avec des conséquences épouvantables ».");
        Quote heading = quotes.get(0);
        assertEquals("Les combats sont entrés dans une phase terrifiante", heading.text());
        assertEquals("Martin Griffiths", heading.speaker(), quotes.toString());
        Quote selon = quotes.stream().filter(q -> q.text().startsWith("le bilan")).findFirst().orElseThrow();
        assertEquals("le ministère de la Santé palestinien", selon.speaker(), "the complement and its adjective belong to the source");
        assertEquals("le bilan s'élevait à 50 morts", selon.text(), "the participial clause after the source is not what it says");
        assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("L'ONU")), "a sentence opening with a name is no reported clause");
    }

    @Test
    void a_cue_after_a_list_of_fragments_attributes_each_and_a_new_sentence_is_no_incise() {
        List<Quote> quotes = french("Laura Martin analyse « la fabrique d'un style » avec notre consœur Fip : « une voix en mini-jupe », "
                + "« intime et rieuse » selon Kriss Graffiti.");
        assertTrue(quotes.stream().filter(q -> q.text().startsWith("une voix") || q.text().startsWith("intime"))
                .allMatch(q -> "Kriss Graffiti".equals(q.speaker())), quotes.toString());
        assertEquals(3, quotes.size(), quotes.toString());
        // No comma after the marks: "Laura Frémy analyse" opens a sentence of its own.
        List<Quote> question = french("La revue Effeuillage porte sur les voix. « Comment une voix fait-elle une radio ? » "
                + "Laura Frémy analyse le phonostyle des années 70.");
        assertTrue(question.stream().noneMatch(q -> "analyse".equals(q.cue())), question.toString());
    }

    @Test
    void passive_and_hypothetical_verbs_report_nobody_and_a_sentence_opener_is_no_speaker() {
        List<Quote> passive = french("Mediapart révèle que le conseiller sera inquiété. Il est accusé d'avoir détenu le CD.");
        assertTrue(passive.stream().noneMatch(q -> q.text().contains("détenu")), passive.toString());
        // A pronominal verb takes "être" and still speaks.
        Quote dit = only(french("Josep Borrell s'est dit « consterné par le nombre de victimes »."));
        assertEquals("Josep Borrell", dit.speaker());
        assertEquals(List.of(), french("La commission pourra saisir le Conseil d'Etat si elle estime que la loi n'est pas respectée."));
        // "même si" states a fact.
        assertEquals(1, french("Même si Jeanne Martin affirme que la loi est juste, le texte divise.").size());
        // A name opening a sentence is no one speaking: the scare quote beside it stays unattributed.
        assertEquals(List.of(), french("Le 10 octobre, Yves Lévy a été nommé « conseiller d'Etat en service extraordinaire »."));
    }

    @Test
    void clause_boundaries_an_exclamation_in_brackets_a_relative_que_and_an_adjective_in_ant() {
        Quote selon = only(french("Selon Mediapart, avec cette double (triple !) casquette, Alexis Kohler a pu conclure des contrats."));
        assertEquals("avec cette double (triple !) casquette, Alexis Kohler a pu conclure des contrats", selon.text());
        assertEquals(List.of(), french("Le projet de loi énonce les domaines que peuvent invoquer les services pour justifier leur surveillance."));
        assertEquals(List.of(), french("Pas étonnant qu'il brasse du vent, son personnage s'appelle Alphonse Dumoulin."));
    }

    @Test
    void a_description_opening_its_sentence_is_the_source_of_the_fragments_after_it() {
        List<Quote> quotes = french("Le projet de loi énonce les domaines de la surveillance. Il s'agit notamment de "
                + "« la prévention du terrorisme » et des « intérêts majeurs de la politique étrangère ».");
        assertEquals(2, quotes.size(), quotes.toString());
        assertTrue(quotes.stream().allMatch(q -> "Le projet de loi".equals(q.speaker())), quotes.toString());
    }

    @Test
    void an_unnamed_source_keeps_the_description_the_text_gives() {
        Quote q = only(french("L'armée « changerait de camp », affirme un initié."));
        assertEquals(QuoteKind.MIXED, q.kind());
        assertEquals("un initié", q.speaker());
        assertNull(q.speakerEntity());
    }

    @Test
    void what_one_reads_somewhere_is_said_by_that_publication() {
        Quote q = only(french("« Le texte sera retiré », peut-on lire dans Le Monde."));
        assertEquals("Le Monde", q.speaker());
        assertEquals("peut-on lire dans", q.cue());
    }

    @Test
    void english_stance_verbs_attribute_their_object_and_commitments_their_infinitive() {
        Quote criticized = only(english("Hillary Clinton criticized the trade deal on Monday."));
        assertEquals("the trade deal on Monday", criticized.text());
        assertEquals("Hillary Clinton", criticized.speaker());
        assertEquals("the administration's handling of the crisis",
                only(english("The senator slammed the administration's handling of the crisis.")).text());
        Quote refused = only(english("Donald Trump refused to release his tax returns."));
        assertEquals("release his tax returns", refused.text());
        assertEquals("Donald Trump", refused.speaker());
    }

    @Test
    void an_english_base_form_after_a_comma_is_a_coordinated_verb_not_an_incise() {
        assertEquals(List.of(), english("Councillors voted in favour of the scheme, which would replace the quay wall, "
                + "add two deep-water berths and raise a flood barrier."));
    }

    @Test
    void english_incises_and_bare_reported_clauses() {
        Quote direct = only(english("\"We will rebuild the bridge,\" said the mayor, Tom Baker."));
        assertEquals("Tom Baker", direct.speaker());
        Quote reported = only(english("Tom Baker said the bridge would reopen in May."));
        assertEquals(QuoteKind.INDIRECT, reported.kind());
        assertEquals("the bridge would reopen in May", reported.text());
        Quote sources = only(english("The governor was taken to a trauma center, sources said."));
        assertEquals("sources", sources.speaker(), "a source without determiner before 'said'");
        assertEquals("The governor was taken to a trauma center", sources.text());
        List<Quote> two = english("Merrill says Machado promised to support Clinton and said she would stand up to the attacks.");
        assertEquals(List.of("Machado promised to support Clinton", "she would stand up to the attacks"),
                two.stream().map(Quote::text).toList(), "a coordinated speech verb opens a second report");
        Quote possessor = only(english("Connecticut’s tax commissioner says an internal review shows no leak."));
        assertEquals("Connecticut’s tax commissioner", possessor.speaker());
        Quote adjunct = only(english("Tom Baker said, in a statement on Monday, that the bridge would reopen."));
        assertEquals("the bridge would reopen", adjunct.text());
    }
    @Test
    void a_gloss_in_brackets_does_not_hide_the_incise_and_a_relative_speaks_for_its_antecedent() {
        List<Quote> quotes = french("« Errare humanum est » (l'erreur est humaine), lance le procureur Vincent Edel, "
                + "qui affirme que l'imam est poursuivi pour une seconde publication.");
        assertEquals(2, quotes.size(), quotes.toString());
        assertTrue(quotes.stream().allMatch(q -> "Vincent Edel".equals(q.speaker())), quotes.toString());
    }

    @Test
    void a_description_then_a_name_is_that_name_even_with_a_name_inside_the_description() {
        Quote q = only(french("« Vous devez le juger sans céder à la pression », plaide l'avocate de Yassin E., Saphia Foughar."));
        assertEquals("Saphia Foughar", q.speaker());
    }

    @Test
    void a_quoted_subheading_is_said_by_the_source_quoted_below_it() {
        List<Quote> quotes = french("Mohammed, cadre ferroviaire, a assisté au prêche : « Il s'est adressé à l'audience. »",
                "« C'est un vecteur de haine »",
                "Mais pour Andrea Assor-Doukhan, avocate de l'organisation, le prévenu n'est pas un ignorant.");
        Quote heading = quotes.stream().filter(q -> q.text().startsWith("C'est un vecteur")).findFirst().orElseThrow();
        assertEquals("Andrea Assor-Doukhan", heading.speaker(), "a heading without a full stop stays its own sentence");
        assertTrue(quotes.stream().anyMatch(q -> q.kind() == QuoteKind.INDIRECT && "Andrea Assor-Doukhan".equals(q.speaker())),
                "'Mais pour X, …' attributes what follows: " + quotes);
    }

    @Test
    void a_person_a_new_paragraph_introduces_takes_the_pronoun_from_an_earlier_speaker() {
        List<Quote> quotes = french("Pour Marie-Pierre Dausse, « la loi est un démantèlement ».",
                "La précarité s'impose, comme nous le raconte Antoine Morel, 32 ans, chargé de cours. "
                        + "« Je suis très inquiet pour mon avenir », glisse-t-il.");
        assertEquals("Antoine Morel", quotes.get(quotes.size() - 1).speaker(), quotes.toString());
    }

    @Test
    void a_feminine_role_beside_a_name_keeps_il_from_her() {
        List<Quote> quotes = french("Paul Girard a déclaré que le procès serait long.",
                "Claire Bonnet, avocate de la famille, a écouté. « Nous ferons appel », a-t-il ajouté.");
        assertEquals("Paul Girard", quotes.get(quotes.size() - 1).speaker(), quotes.toString());
    }
    @Test
    void an_object_pronoun_before_the_verb_and_a_verb_outside_the_marks() {
        Quote accused = only(french("Tsahal l'accuse d'avoir placé les entrées des tunnels près des hôpitaux."));
        assertEquals("Tsahal", accused.speaker());
        List<Quote> quotes = french("Muriel Pénicaud a assuré qu'elle n'avait « rien à se reprocher ».");
        assertTrue(quotes.stream().anyMatch(q -> q.kind() == QuoteKind.INDIRECT && q.text().startsWith("elle n'avait")),
                "a verb outside the marks keeps the reported clause: " + quotes);
        assertTrue(quotes.stream().anyMatch(q -> q.kind() == QuoteKind.MIXED), quotes.toString());
    }

    @Test
    void selon_right_after_a_quotation_attributes_it_and_reports_nothing_else() {
        List<Quote> quotes = french("Sa voix est « intime et rieuse » selon Kriss Graffiti.");
        assertTrue(quotes.stream().noneMatch(q -> q.kind() == QuoteKind.INDIRECT), quotes.toString());
    }
    @Test
    void an_incise_between_commas_attributes_its_whole_sentence() {
        Quote english = only(english("The museum, Mr. Bush said, celebrated several of his heroes."));
        assertEquals("The museum, Mr. Bush said, celebrated several of his heroes", english.text());
        assertEquals("Bush", english.speaker());
        Quote french = only(french("Cette réforme, estime Jeanne Martin, creusera les inégalités."));
        assertEquals("Jeanne Martin", french.speaker());
        assertTrue(french.text().startsWith("Cette réforme"), french.text());
        assertEquals(1, english("“We will win,” he said, and left the room.").size(), "the incise of a quotation is its own");
    }
    @Test
    void english_sources_without_determiner_and_findings_that_show() {
        Quote group = only(english("Restructuring experts say some judges are eager to move cases quickly."));
        assertEquals("Restructuring experts", group.speaker());
        assertEquals("some judges are eager to move cases quickly", group.text());
        Quote poll = only(english("A Bloomberg poll shows that wealthy voters have left the party."));
        assertEquals("wealthy voters have left the party", poll.text());
    }
    @Test
    void a_headline_opening_with_a_named_source_and_a_colon() {
        Quote q = only(english("Bernie Sanders: Clinton needs to get away from personality stuff", "The senator spoke on Monday."));
        assertEquals("Bernie Sanders", q.speaker());
        assertEquals("Clinton needs to get away from personality stuff", q.text());
        assertTrue(french("Apologie du terrorisme : un imam condamné à de la prison avec sursis").isEmpty(),
                "a topic before the colon is no source");
    }
    @Test
    void english_messages_as_objects_and_sources_after_according_to() {
        Quote called = only(english("Senator Tom Baker called for a review of the visa program."));
        assertEquals("a review of the visa program", called.text());
        assertEquals("Tom Baker", called.speaker());
        Quote insiders = only(english("The host demeaned women on the set, according to show insiders."));
        assertEquals("show insiders", insiders.speaker());
    }
    @Test
    void quoted_fragments_are_kept_when_anyone_reports_in_their_paragraph_even_without_marks() {
        List<Quote> quotes = french("Le projet de loi énonce les domaines que peuvent invoquer les services. Il s'agit notamment "
                + "de « la prévention du terrorisme » et des « intérêts majeurs de la politique étrangère ».");
        assertEquals(2, quotes.stream().filter(q -> q.kind() == QuoteKind.MIXED).count(), quotes.toString());
        assertTrue(quotes.stream().filter(q -> q.kind() == QuoteKind.MIXED).allMatch(q -> "Le projet de loi".equals(q.speaker())),
                quotes.toString());
    }
    @Test
    void a_starred_first_name_is_a_person_and_an_incise_runs_on_to_its_full_stop() {
        List<Quote> quotes = french("Pour Marie-Pierre Dausse, « c'est une opportunité rare ».",
                "La précarité pèse, comme nous le raconte Antoine*, 32 ans, chargé de cours. « Je suis très inquiet, "
                        + "glisse-t-il lorsqu'on le croise devant la bibliothèque. J'avais un contrat de trois mois. »");
        List<Quote> his = quotes.stream().filter(q -> "Antoine".equals(q.speaker())).toList();
        assertEquals(List.of("Je suis très inquiet", "J'avais un contrat de trois mois."), his.stream().map(Quote::text).toList(),
                quotes.toString());
    }
    @Test
    void a_second_verb_shares_the_sentence_s_subject_and_a_reflexive_emphasis_is_dropped() {
        Quote q = only(french("Le principal intéressé a rejeté toute faute et assuré qu'il ne démissionnerait pas."));
        assertEquals("Le principal intéressé", q.speaker());
        assertEquals("premier ministre", SpeakerResolver.aliasKey("le Premier ministre lui-même", Grammar.forLanguage("fr")));
    }
    @Test
    void a_pronoun_never_stands_for_someone_its_own_quotation_names() {
        List<Quote> quotes = french("Jean Morel a déclaré que le vote aurait lieu.",
                "Marc Dubois a déclaré qu'il attendrait. Il a ajouté que même si Marc Dubois doute, le projet avancera.");
        Quote reported = quotes.stream().filter(q -> q.text().startsWith("même si")).findFirst().orElseThrow();
        assertEquals("Jean Morel", reported.speaker(), quotes.toString());
    }
    @Test
    void a_noun_that_spells_a_speech_verb_is_no_report() {
        // "warning" is a noun here, and "issued for…" opens no clause: the headline quotes nobody.
        List<Quote> quotes = ANALYSER.analyse("Flood warning issued for the Wend valley as river levels keep rising",
                List.of("The agency said the river would peak overnight."), "en").quotes();
        assertEquals(List.of("the river would peak overnight"), quotes.stream().map(Quote::text).toList(), quotes.toString());
    }
    @Test
    void early_pronouns_without_a_close_antecedent_are_the_headline_s_source() {
        List<Quote> withHeadline = ANALYSER.analyse("La réforme échouera, affirme un initié",
                List.of("Le ministre a déclaré que tout irait bien.", "Beaucoup doutent.",
                        "S'adressant à la presse, il a déclaré que la réforme échouerait."), "fr").quotes();
        Quote insider = withHeadline.stream().filter(q -> q.text().startsWith("la réforme échouerait")).findFirst().orElseThrow();
        assertEquals("un initié", insider.speaker(), withHeadline.toString());
        assertNull(insider.speakerEntity());
    }
    @Test
    void charges_are_no_quotations_even_in_a_list_and_without_marks() {
        List<Quote> quotes = french("Le Monde rapporte que le trésorier a parlé aux juges. Il est mis en examen pour "
                + "« complicité de détournement de fonds publics » et « recel de détournement de fonds publics ».");
        assertTrue(quotes.stream().noneMatch(q -> q.kind() == QuoteKind.MIXED), quotes.toString());
        assertTrue(french("Fin 2017, le ministre est accusé de viol par deux femmes.").isEmpty(), "'accusé de' a noun is a charge");
        Quote infinitive = only(french("L'opposition accuse Emmanuel Macron de ne pas chercher la vérité."));
        assertEquals("ne pas chercher la vérité", infinitive.text());
    }
    @Test
    void a_book_speaks_for_its_author() {
        List<Quote> quotes = french("Les éditions Allia rééditent l'ouvrage d'Éric Chauvier sur la crise.",
                "D'abord publié en 2009, le livre dénonçait le caractère « intimidant » de certains mots.");
        assertEquals("Éric Chauvier", only(quotes).speaker());
    }
    @Test
    void what_one_reads_is_the_publication_named_earlier_in_the_sentence() {
        List<Quote> quotes = french("Il n'aura pas fallu 24 heures pour que Mediapart révèle ces raisons : « Le fisc a saisi "
                + "la Commission des infractions fiscales », peut-on lire.");
        Quote q = quotes.stream().filter(x -> x.text().startsWith("Le fisc")).findFirst().orElseThrow();
        assertEquals("Mediapart", q.speaker(), quotes.toString());
        assertTrue(quotes.stream().noneMatch(x -> x.text().startsWith("Il n'aura")), "the incise is the quotation's: " + quotes);
    }
    @Test
    void a_postposed_incise_with_an_apposition_reports_what_precedes_it() {
        Quote q = only(english("The stations dropped the network in 2005, said Jeffrey N. Trimble, a former official."));
        assertEquals("The stations dropped the network in 2005", q.text());
        assertEquals("Jeffrey N. Trimble", q.speaker());
    }
}
