package org.veille.eval.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar value at its precision, read from ISO 8601 as Veille writes it ({@code 2016-10-20},
 * {@code 2016-10}, {@code 2016}, {@code 2016-W42}, {@code --10-20}, {@code --10}) or as SUTime writes
 * TIMEX3 values.
 *
 * <p>How SUTime's values are normalised ({@link #normalise}):
 * <ul>
 *   <li>a time of day or part of day after a date ({@code 2016-10-17TMO}, {@code 2016-10-17T14:00}) and a
 *       weekend mark after a week ({@code 2016-W42-WE}) are dropped: they are finer than any precision
 *       Veille gives, and the calendar part is what both systems can agree on;</li>
 *   <li>an unknown year ({@code XXXX-10-17}, {@code XXXX-10}) becomes Veille's partial form
 *       ({@code --10-17}, {@code --10});</li>
 *   <li>seasons, quarters and halves ({@code 2016-SU}, {@code 2016-Q3}, {@code 2016-H1}) are kept as
 *       written, so they never equal a Veille value exactly, and count as their year at shared
 *       precision;</li>
 *   <li>anything else (decades {@code 201X}, {@code XXXX-WXX-1}, {@code PRESENT_REF}) has no comparable
 *       value: null.</li>
 * </ul>
 */
public record DateValue(String value, Integer year, Integer month, Integer day, Integer week) {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");
    private static final Pattern PART_OF_YEAR = Pattern.compile("(\\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])");
    private static final Pattern PARTIAL = Pattern.compile("(?:XXXX|-)-(\\d{2})(?:-(\\d{2}))?(?:T.*)?");

    /** How a pair of values compares. */
    public enum Agreement {
        /** The same value at the same precision. */
        EQUAL,
        /** Not equal, but one contains the other: {@code 2016-10} and {@code 2016-10-17}. */
        EQUAL_AT_SHARED_PRECISION,
        DIFFERENT,
        /** One side has no value (Veille unresolved, SUTime not a calendar value). */
        NOT_COMPARABLE
    }

    /** SUTime's (or Veille's) value in Veille's form, or null when it is no calendar value. */
    public static String normalise(String value) {
        DateValue parsed = parse(value);
        return parsed == null ? null : parsed.value();
    }

    /** Reads a value in either system's form; null when it is no calendar value. */
    public static DateValue parse(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = WEEK.matcher(value);
        if (m.matches()) {
            int week = Integer.parseInt(m.group(2));
            return week >= 1 && week <= 53 ? new DateValue(m.group(1) + "-W" + m.group(2), Integer.parseInt(m.group(1)), null, null, week) : null;
        }
        m = PART_OF_YEAR.matcher(value);
        if (m.matches()) {
            return new DateValue(value, Integer.parseInt(m.group(1)), null, null, null);
        }
        m = DATE.matcher(value);
        if (m.matches()) {
            Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            if (!valid(month, day)) {
                return null;
            }
            String text = m.group(1) + (month == null ? "" : "-" + m.group(2)) + (day == null ? "" : "-" + m.group(3));
            return new DateValue(text, Integer.valueOf(m.group(1)), month, day, null);
        }
        m = PARTIAL.matcher(value);
        if (m.matches()) {
            Integer month = Integer.valueOf(m.group(1));
            Integer day = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            if (!valid(month, day)) {
                return null;
            }
            return new DateValue("--" + m.group(1) + (day == null ? "" : "-" + m.group(2)), null, month, day, null);
        }
        return null;
    }

    private static boolean valid(Integer month, Integer day) {
        return (month == null || month >= 1 && month <= 12) && (day == null || day >= 1 && day <= 31);
    }

    /**
     * Compares two values. Equal at shared precision means that what the coarser value says, the finer
     * one says too: one's days contain the other's ({@code 2016} ⊇ {@code 2016-W42} ⊇ {@code 2016-10-17});
     * when a side has no year, only the month and day both write are compared.
     */
    public static Agreement compare(String reference, String predicted) {
        DateValue a = parse(reference);
        DateValue b = parse(predicted);
        if (a == null || b == null) {
            return Agreement.NOT_COMPARABLE;
        }
        if (a.value.equals(b.value)) {
            return Agreement.EQUAL;
        }
        return a.sharesPrecisionWith(b) ? Agreement.EQUAL_AT_SHARED_PRECISION : Agreement.DIFFERENT;
    }

    private boolean sharesPrecisionWith(DateValue other) {
        if (year == null || other.year == null) {
            if (month == null || other.month == null) {
                return false; // a week against a partial date: no part in common to compare
            }
            return month.equals(other.month) && (day == null || other.day == null || day.equals(other.day));
        }
        LocalDate[] a = days();
        LocalDate[] b = other.days();
        return contains(a, b) || contains(b, a);
    }

    private static boolean contains(LocalDate[] outer, LocalDate[] inner) {
        return !inner[0].isBefore(outer[0]) && !inner[1].isAfter(outer[1]);
    }

    /** The first and last day the value covers (a season or quarter covers its year, as documented). */
    private LocalDate[] days() {
        if (week != null) {
            LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new LocalDate[] {monday, monday.plusDays(6)};
        }
        if (month == null) {
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
        LocalDate first = LocalDate.of(year, month, 1);
        if (day == null) {
            return new LocalDate[] {first, first.with(TemporalAdjusters.lastDayOfMonth())};
        }
        LocalDate d = first.plusDays(Math.min(day, first.lengthOfMonth()) - 1L);
        return new LocalDate[] {d, d};
    }
}
