package org.veille.analyse.dates;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;

/**
 * What a date expression's words say, before any anchor: the calendar parts written ("mardi 21
 * février": weekday, day, month), or a shift from the reference date ("il y a trois jours": -3 days).
 * Offsets are char offsets in the analysed text.
 *
 * @param unit   for a shift, the unit counted (days, weeks, months, years), else null
 * @param amount for a shift, how many units from the reference date (negative: before)
 */
record WrittenDate(String text, int start, int end, Integer year, Integer month, Integer day,
                   DayOfWeek weekday, Relation relation, ChronoUnit unit, int amount) {

    static WrittenDate calendar(String text, int start, int end, Integer year, Integer month, Integer day,
                                DayOfWeek weekday, Relation relation) {
        return new WrittenDate(text, start, end, year, month, day, weekday, relation, null, 0);
    }

    static WrittenDate shift(String text, int start, int end, ChronoUnit unit, int amount) {
        return new WrittenDate(text, start, end, null, null, null, null, Relation.NEAREST, unit, amount);
    }

    boolean isShift() {
        return unit != null;
    }

    /** A weekday with no day of the month: "mardi", "last Tuesday". */
    boolean isWeekdayOnly() {
        return unit == null && weekday != null && month == null && day == null;
    }

    int length() {
        return end - start;
    }
}
