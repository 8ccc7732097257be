package org.veille.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.veille.extract.RandomSoup;

/** One date out of a short string, normalised; nothing rather than a wrong or impossible date. */
class DateParserTest {
    /** Fixed so the tests do not age: dates after 2025 are "in the future". */
    private final DateParser parser = new DateParser(2025);

    @Test
    void anIsoDateIsReadAsIs() {
        assertEquals("2023-02-21", parser.parse("2023-02-21", false));
    }

    @Test
    void anIsoTimestampKeepsItsOwnOffset() {
        assertEquals("2023-02-21T09:30:00+01:00", parser.parse("2023-02-21T09:30:00+01:00", false));
        assertEquals("2023-02-21T09:30:00+01:00", parser.parse("2023-02-21T09:30:00.000+0100", false));
        assertEquals("2023-02-21T23:30:00Z", parser.parse("2023-02-21T23:30:00Z", false));
    }

    @Test
    void anEmailStyleTimestampKeepsItsOffset() {
        assertEquals("2019-10-19T00:04:00+02:00", parser.parse("Sat, 19 Oct 2019 00:04:00 +0200", false));
        assertEquals("2022-05-04T02:41:00Z", parser.parse("Wed, 04 May 2022 02:41:00 GMT", false));
        assertEquals("2022-05-04", parser.parse("Wed, 04 May 2022", false));
    }

    @Test
    void aTimestampWithoutOffsetGivesTheDayOnly() {
        assertEquals("2023-02-21", parser.parse("2023-02-21T09:30:00", false));
    }

    @Test
    void aFrenchDateWithAMonthNameIsRead() {
        assertEquals("2023-02-21", parser.parse("Publié le mardi 21 février 2023 à 10h05", false));
        assertEquals("2023-03-01", parser.parse("1er mars 2023", false));
    }

    @Test
    void aGermanDateWithAMonthNameIsRead() {
        assertEquals("2020-03-19", parser.parse("19. März 2020", false));
    }

    @Test
    void englishDatesWithAMonthNameAreRead() {
        assertEquals("2019-11-19", parser.parse("Nov. 19, 2019", true));
        assertEquals("2024-03-14", parser.parse("Published 14 March 2024", false));
        assertEquals("2024-03-14", parser.parse("14th March 2024", false));
    }

    @Test
    void anAmbiguousNumericDateIsMonthFirstOnlyInUsEnglish() {
        assertEquals("2020-03-04", parser.parse("03/04/2020", true));
        assertEquals("2020-04-03", parser.parse("03/04/2020", false));
    }

    @Test
    void aDottedNumericDateIsDayFirstEvenInUsEnglish() {
        assertEquals("2019-12-02", parser.parse("02.12.2019", true));
        assertEquals("2019-12-02", parser.find("Posted 02.12.19", true).date());
    }

    @Test
    void chineseJapaneseAndKoreanDatesAreRead() {
        assertEquals("2020-07-03", parser.parse("2020年07月03日", false));
        assertEquals("2020-07-03", parser.find("投稿日 2020年7月3日 12:00", false).date());
        assertEquals("2020-07-03", parser.parse("2020년 7월 3일", false));
    }

    @Test
    void russianUkrainianTurkishAndArabicMonthNamesAreRead() {
        assertEquals("2016-08-15", parser.parse("15 августа 2016, 13:43", false));
        assertEquals("2021-11-12", parser.parse("12 листопада 2021", false));
        assertEquals("2020-03-12", parser.parse("12 Mart 2020", false));
        assertEquals("2020-10-07", parser.parse("الأربعاء، 07 أكتوبر 2020 - 12:09 م", false));
    }

    @Test
    void anUnambiguousNumericDateIsReadEitherWay() {
        assertEquals("2020-04-25", parser.parse("25/04/2020", true));
        assertEquals("2020-04-25", parser.parse("04/25/2020", false));
        assertEquals("2020-04-25", parser.parse("25.04.2020", false));
    }

    @Test
    void aDateInAUrlPathShapeIsRead() {
        assertEquals("2023-02-21", parser.parse("2023/02/21", false));
        assertEquals("2023-02-21", parser.parse("20230221", false));
    }

    @Test
    void aDateBeyondTheLatestYearIsRejected() {
        assertNull(parser.parse("2031-01-01", false));
        assertNull(parser.parse("12 June 2026", false));
        assertEquals("2025-12-31", parser.parse("2025-12-31", false));
    }

    @Test
    void theDefaultParserAcceptsNextYearButNothingLater() {
        DateParser defaults = new DateParser();
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        assertEquals((year + 1) + "-01-15", defaults.parse((year + 1) + "-01-15", false));
        assertNull(defaults.parse((year + 2) + "-01-15", false));
    }

    @Test
    void impossibleDatesAreRejected() {
        assertNull(parser.parse("31/02/2023", false));
        assertNull(parser.parse("2023-13-01", false));
        assertNull(parser.parse("0000-00-00", false));
        assertNull(parser.parse("1850-06-01", false));
    }

    @Test
    void textWithoutADateGivesNothing() {
        assertNull(parser.parse("The council met on Tuesday evening.", false));
        assertNull(parser.parse("Call 01234 567890", false));
    }

    @Test
    void monthNamesAreKnownInEveryListedLanguage() {
        assertEquals(2, parser.month("février"));
        assertEquals(2, parser.month("FEVRIER"));
        assertEquals(3, parser.month("März"));
        assertEquals(8, parser.month("août"));
        assertEquals(11, parser.month("Nov."));
        assertEquals(12, parser.month("grudnia"));
        assertEquals(0, parser.month("Tuesday"));
    }

    @Test
    void emptyInputGivesNothing() {
        assertNull(parser.parse(null, false));
        assertNull(parser.parse("", true));
        assertNull(parser.parse(" \n\t", false));
        assertEquals(0, parser.month(""));
    }

    @Test
    void randomInputNeverThrows() {
        Random random = new Random(19032020L);
        for (int i = 0; i < 3000; i++) {
            String soup = i % 3 == 0 ? RandomSoup.bytesAsText(random, random.nextInt(600)) : RandomSoup.soup(random, random.nextInt(40));
            boolean monthFirst = random.nextBoolean();
            String date = assertDoesNotThrow(() -> parser.parse(soup, monthFirst), soup);
            if (date != null) {
                // Whatever it found is a real calendar day within the allowed years.
                LocalDate day = LocalDate.parse(date.substring(0, 10));
                assertEquals(true, day.getYear() >= 1990 && day.getYear() <= 2025, date);
            }
        }
    }

    @Test
    void findGivesTheEarliestDateInRunningTextAndWhereItStands() {
        DateParser.DateMatch match = parser.find("Stand - 12.11.2021 (gültig seit: 05.11.2021)", false);
        assertEquals("2021-11-12", match.date());
        assertEquals(8, match.start());
        assertEquals(18, match.end());
        assertEquals("2021-11-05", parser.find("Stand - 12.11.2021 (gültig seit: 05.11.2021)", match.end(), false).date());
    }

    @Test
    void findDoesNotTakeNumbersInProseForDates() {
        assertNull(parser.find("Order number 20230221 was shipped", false));
        assertNull(parser.find("The score was 2-1-22 after extra time", false));
        assertEquals("2022-01-21", parser.find("Seen on 21.01.22 at noon", false).date());
    }

    /** find turns text with fewer than four digits away early; the shortest dates it knows have four. */
    @Test
    void theShortestDatesAreStillFoundAndDigitPoorTextIsNot() {
        assertEquals("2021-05-03", parser.find("Vu le 3.5.21 à la gare", false).date());
        assertEquals("2021-03-05", parser.find("Seen 3/5/21 at the station", true).date());
        assertEquals("2022-02-07", parser.find("7 fév 2022", false).date());
        assertNull(parser.find("Open 9 to 5, 7 days a week, 12 seats", false));
        assertNull(parser.find("3.5.21 was the score", 1, false));
    }
}
