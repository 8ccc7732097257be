package org.veille.eval;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IsoDayTest {

    @Test
    void keeps_the_day_of_a_timestamp_whatever_its_time_and_offset() {
        assertEquals(Optional.of(new IsoDay("2017-11-03")), IsoDay.parse("2017-11-03 03:01:00.000000"));
        assertEquals(Optional.of(new IsoDay("2016-12-22")), IsoDay.parse("2016-12-22T10:43:37-08:00"));
    }

    @Test
    void pads_one_digit_months_and_days() {
        assertEquals(Optional.of(new IsoDay("2022-11-01")), IsoDay.parse("2022-11-1"));
    }

    @Test
    void accepts_month_or_year_precision() {
        assertEquals(Optional.of(new IsoDay("2015-11")), IsoDay.parse("2015-11"));
        assertEquals(Optional.of(new IsoDay("2015")), IsoDay.parse("2015"));
    }

    @Test
    void rejects_text_that_does_not_start_with_an_iso_date() {
        assertEquals(Optional.empty(), IsoDay.parse("March 11, 2015"));
        assertEquals(Optional.empty(), IsoDay.parse("20150311"));
        assertEquals(Optional.empty(), IsoDay.parse("2015-13-01"));
        assertEquals(Optional.empty(), IsoDay.parse(null));
    }
}
