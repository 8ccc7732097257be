package org.veille.eval;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar day at the start of an ISO-8601 date or timestamp, the form dates are compared in.
 *
 * <p>Only the leading {@code YYYY-MM-DD} counts: "2015-07-10T09:53:00-04:00" is 2015-07-10 whatever the
 * offset, as the truth itself writes it. One- and two-digit months and days are accepted and padded,
 * because a truth file has "2022-11-1". WCXB has two truths with month precision only ("2015-11"), so a
 * value may stop after the month or the year; {@link #matchesAtPrecisionOf} compares at the truth's precision.
 *
 * @param value {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, zero-padded
 */
public record IsoDay(String value) {
    private static final Pattern LEADING_DATE =
            Pattern.compile("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?!\\d)");

    /** The day at the start of the text, if it starts with an ISO date. */
    public static Optional<IsoDay> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = LEADING_DATE.matcher(text.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        StringBuilder value = new StringBuilder(m.group(1));
        for (int group = 2; group <= 3 && m.group(group) != null; group++) {
            int part = Integer.parseInt(m.group(group));
            if (part < 1 || part > (group == 2 ? 12 : 31)) {
                return Optional.empty();
            }
            value.append(part < 10 ? "-0" : "-").append(part);
        }
        return Optional.of(new IsoDay(value.toString()));
    }

    /**
     * Whether this (predicted) day equals the truth at the truth's precision: a full truth day needs the
     * same full day; a month-only truth accepts any day of that month.
     */
    public boolean matchesAtPrecisionOf(IsoDay truth) {
        return value.startsWith(truth.value)
                && (value.length() == truth.value.length() || value.charAt(truth.value.length()) == '-');
    }
}
