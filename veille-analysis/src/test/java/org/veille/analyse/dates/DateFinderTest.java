package org.veille.analyse.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.model.DateResolution;

/** One fixture per date rule, French and English, with and without a publication date. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DateFinderTest {
    private static final DateFinder FR = new DateFinder("fr");
    private static final DateFinder EN = new DateFinder("en");
    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2023, 2, 23);

    /** "text=value" for each expression found, in order. */
    private static String found(DateFinder finder, String text, LocalDate published) {
        return finder.find(text, published).stream().map(d -> d.text() + "=" + d.value()).collect(Collectors.joining("; "));
    }

    @Test
    void the_reference_article_s_tuesday_is_pinned_by_its_weekday_and_the_year_it_names() {
        String text = "Ce mardi 21 février, la Biélorussie a annoncé… Son armée était intervenue en février 2022.";
        List<FoundDate> dates = FR.find(text, null);
        assertEquals("mardi 21 février", dates.get(0).text());
        assertEquals("2023-02-21", dates.get(0).value(), "21 February is a Tuesday in 2023 only, among 2021-2023");
        assertEquals(DateResolution.TEXT, dates.get(0).resolution());
        assertEquals("février 2022=2022-02", found(FR, "en février 2022", null));
        assertEquals(text.indexOf("mardi"), dates.get(0).start());
    }

    @Test
    void values_are_written_in_ascii_digits_whatever_the_machine_s_locale() {
        // Arabic (Saudi Arabia) formats numbers with Arabic-Indic digits by default: "٢٠٢٣" for 2023.
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-SA"));
            assertEquals("2014=2014; la semaine dernière=2023-W07; 21 février=--02-21; mars=--03",
                    found(FR, "Depuis 2014. Il a parlé la semaine dernière.", THURSDAY) + "; "
                            + found(FR, "le 21 février", null) + "; " + found(FR, "en mars", null));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void without_a_year_or_a_pinning_weekday_only_the_written_parts_are_kept() {
        List<FoundDate> dates = FR.find("Le 21 février, il a parlé. Il reviendra en mars.", null);
        assertEquals("--02-21", dates.get(0).value());
        assertEquals(DateResolution.PARTIAL, dates.get(0).resolution());
        assertEquals("mars=--03", dates.get(1).text() + "=" + dates.get(1).value());
        assertEquals("hier=null", found(FR, "Il l'a dit hier.", null), "relative words need a reference");
        assertEquals(DateResolution.UNRESOLVED, FR.find("hier", null).get(0).resolution());
    }

    @Test
    void french_calendar_dates_in_every_common_form() {
        assertEquals("21 février 2023=2023-02-21", found(FR, "le 21 février 2023", null));
        assertEquals("1er mai=2023-05-01", found(FR, "le 1er mai", THURSDAY));
        assertEquals("21/02/2023=2023-02-21", found(FR, "publié le 21/02/2023 à 10h", null));
        assertEquals("2023-02-21=2023-02-21", found(FR, "mis à jour 2023-02-21", null));
        assertEquals("fin février=2023-02", found(FR, "d'ici fin février", THURSDAY));
        assertEquals("2014=2014", found(FR, "depuis 2014, le pays", null));
        assertEquals("", found(FR, "en 2000 euros et 300 personnes", null), "amounts are no years");
        assertEquals("", found(FR, "La sonde Mars Express", null), "a month name needs a day, a year or a preposition");
    }

    @Test
    void a_missing_year_is_the_nearest_one_to_the_publication_date() {
        assertEquals("15 décembre=2022-12-15", found(FR, "le 15 décembre", THURSDAY));
        assertEquals("3 mars=2023-03-03", found(FR, "le 3 mars", THURSDAY));
        assertEquals("en juin=2023-06", "en juin=" + FR.find("en juin", THURSDAY).get(0).value());
        assertEquals("décembre dernier=2022-12", found(FR, "en décembre dernier", THURSDAY));
        assertEquals("31 août dernier=2022-08-31", found(FR, "Le 31 août dernier", THURSDAY));
    }

    @Test
    void the_sentence_s_tense_chooses_between_the_year_before_and_the_year_after() {
        LocalDate october = LocalDate.of(2016, 10, 20);
        assertEquals("January 1st=2016-01-01", found(EN, "thousands of shootings since January 1st", october));
        assertEquals("3 mars=2023-03-03", found(FR, "Le vote aura lieu le 3 mars.", LocalDate.of(2022, 11, 10)));
        assertEquals("3 mars=2022-03-03", found(FR, "Il a annoncé le 3 mars sa démission.", LocalDate.of(2022, 11, 10)));
        assertEquals("3 mars=2023-03-03", found(FR, "Le 3 mars, le vote.", LocalDate.of(2022, 11, 10)), "no tense: the nearest");
    }

    @Test
    void french_relative_days_weeks_months_and_years() {
        assertEquals("hier=2023-02-22", found(FR, "Il a déclaré hier", THURSDAY));
        assertEquals("avant-hier=2023-02-21", found(FR, "avant-hier", THURSDAY));
        assertEquals("aujourd’hui=2023-02-23", found(FR, "aujourd’hui", THURSDAY));
        assertEquals("la semaine dernière=2023-W07", found(FR, "la semaine dernière", THURSDAY));
        assertEquals("le mois prochain=2023-03", found(FR, "le mois prochain", THURSDAY));
        assertEquals("l'an dernier=2022", found(FR, "l'an dernier", THURSDAY));
        assertEquals("il y a trois jours=2023-02-20", found(FR, "il y a trois jours", THURSDAY));
        assertEquals("il y a un an=2022", found(FR, "il y a un an", THURSDAY));
        assertEquals("dans deux semaines=2023-W10", found(FR, "dans deux semaines", THURSDAY));
    }

    @Test
    void a_bare_weekday_looks_back_unless_the_sentence_speaks_of_the_future() {
        assertEquals("mardi=2023-02-21", found(FR, "Il a parlé mardi.", THURSDAY));
        assertEquals("samedi=2023-02-25", found(FR, "Le sommet se tiendra samedi.", THURSDAY));
        assertEquals("lundi prochain=2023-02-27", found(FR, "lundi prochain", THURSDAY));
        assertEquals("jeudi dernier=2023-02-16", found(FR, "jeudi dernier", THURSDAY));
        assertEquals("ce lundi=2023-02-20", found(FR, "ce lundi", THURSDAY));
        assertEquals("jeudi=2023-02-23", found(FR, "jeudi", THURSDAY), "the publication day itself");
    }

    @Test
    void english_calendar_dates() {
        assertEquals("February 21, 2023=2023-02-21", found(EN, "on February 21, 2023", null));
        assertEquals("Tuesday, Feb. 21=2023-02-21", found(EN, "on Tuesday, Feb. 21", THURSDAY));
        assertEquals("21 February 2023=2023-02-21", found(EN, "on 21 February 2023", null));
        assertEquals("March 3rd=2023-03-03", found(EN, "by March 3rd", THURSDAY));
        assertEquals("February 2022=2022-02", found(EN, "since February 2022", null));
        assertEquals("May=2023-05", found(EN, "in May", THURSDAY));
        assertEquals("mid-March=2023-03", found(EN, "by mid-March", THURSDAY));
        assertEquals("2016=2016", found(EN, "in 2016", null));
        assertEquals("", found(EN, "Theresa May said. It may rain. They march on.", THURSDAY));
        assertEquals("", found(EN, "in May's cabinet", THURSDAY), "a possessive May is the person");
        assertEquals("", found(EN, "in 2016 votes", null));
    }

    @Test
    void english_relative_expressions() {
        assertEquals("yesterday=2023-02-22", found(EN, "he said yesterday", THURSDAY));
        assertEquals("last Tuesday=2023-02-21", found(EN, "last Tuesday", THURSDAY));
        assertEquals("next Monday=2023-02-27", found(EN, "next Monday", THURSDAY));
        assertEquals("Monday=2023-02-20", found(EN, "She spoke on Monday.", THURSDAY));
        assertEquals("Saturday=2023-02-25", found(EN, "He will travel to Kyiv on Saturday.", THURSDAY));
        assertEquals("last week=2023-W07", found(EN, "last week", THURSDAY));
        assertEquals("earlier this month=2023-02", found(EN, "earlier this month", THURSDAY));
        assertEquals("three years ago=2020", found(EN, "three years ago", THURSDAY));
        assertEquals("last year=2022", found(EN, "last year", THURSDAY));
        assertEquals("", found(EN, "USA Today reported on Fox News Sunday", THURSDAY));
        assertEquals("", found(EN, "Seventy-four years ago", THURSDAY), "a hyphenated number is not read in half");
        assertEquals("2016=2016; July=2022-07", found(EN, "the 2016 campaign. In July, it was cold.", THURSDAY));
        assertEquals("Monday=2023-02-20", found(EN, "The chief said Monday that the inquiry will end soon.", THURSDAY));
    }

    @Test
    void impossible_dates_are_not_dates() {
        assertEquals("", found(FR, "le 31 février", THURSDAY));
        assertEquals("", found(EN, "February 29, 2023", null));
    }

    @Test
    void only_french_and_english_have_a_grammar() {
        assertThrows(IllegalArgumentException.class, () -> new DateFinder("de"));
        assertEquals(LocalDate.of(2023, 2, 21), DateFinder.publicationDay("2023-02-21T10:15:00+01:00"));
        assertEquals(null, DateFinder.publicationDay("21 février"));
    }
}
