package org.veille.extract.metadata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one date out of a short string as pages write them: ISO-8601 timestamps, numeric day-month-year
 * forms and dates spelled with month names in the languages of {@code months.txt}.
 *
 * <p>The result is normalised to {@code YYYY-MM-DD}, or to a full ISO-8601 timestamp when the source
 * gives a time with a UTC offset (kept in its own offset: converting to UTC would move the calendar
 * day the page shows).
 */
public final class DateParser {

    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?(?!\\d)");
    /**
     * An e-mail or HTTP timestamp ("Sat, 19 Oct 2019 00:04:00 +0200"), as some sites fill their date
     * meta tags: its offset tells the newsroom's own time zone.
     */
    private static final Pattern RFC_1123 = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})\\s+(\\p{L}{3,9})\\.?\\s+((?:19|20)\\d{2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "\\s*([+-]\\d{2}:?\\d{2}|GMT|UTC|Z)(?![\\d:])");
    /** A Chinese, Japanese or Korean date: "2020年07月03日", "2020년 7월 3일". */
    private static final Pattern YMD_CJK = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");
    private static final Pattern YMD_SLASH = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<![\\d-])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\d-])");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./-])(\\d{1,2})([./-])(\\d{1,2})\\2((?:19|20)?\\d{2})(?![\\d./-]*\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:er|st|nd|rd|th|º|°)?\\.?\\s*(?:de\\s+|-)?(\\p{L}{3,12})\\.?,?\\s*(?:de\\s+|-)?((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final DateTimeFormatter OFFSET_FORMAT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Map<String, Integer> months;
    private final int latestYear;

    /**
     * @param latestYear dates after the end of this year are rejected as implausible (typos, ids that
     *                   look like dates); pass the current year + 1
     */
    public DateParser(int latestYear) {
        this.months = loadMonths();
        this.latestYear = latestYear;
    }

    public DateParser() {
        this(LocalDate.now(ZoneOffset.UTC).getYear() + 1);
    }

    /** The month number (1-12) for a month name or abbreviation in any supported language, or 0. */
    public int month(String name) {
        return months.getOrDefault(fold(name), 0);
    }

    /**
     * The first date in {@code text}, normalised; null when none is found.
     *
     * @param monthFirst whether an ambiguous numeric date like 03/04/2020 is month-first (US English)
     */
    public String parse(String text, boolean monthFirst) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.length() > 400 ? text.substring(0, 400) : text;
        Matcher m = ISO.matcher(value);
        if (m.find()) {
            return iso(m);
        }
        m = YMD_SLASH.matcher(value);
        if (m.find()) {
            String date = date(m.group(1), m.group(2), m.group(3));
            if (date != null) {
                return date;
            }
        }
        m = YMD_CJK.matcher(value);
        if (m.find()) {
            String date = date(m.group(1), m.group(2), m.group(3));
            if (date != null) {
                return date;
            }
        }
        m = RFC_1123.matcher(value);
        if (m.find()) {
            int month = month(m.group(2));
            String date = month > 0 ? timestamp(date(m.group(3), Integer.toString(month), m.group(1)),
                    m.group(4), m.group(5), m.group(6), m.group(7)) : null;
            if (date != null) {
                return date;
            }
        }
        String named = named(value);
        if (named != null) {
            return named;
        }
        m = NUMERIC.matcher(value);
        while (m.find()) {
            String date = numeric(m, monthFirst);
            if (date != null) {
                return date;
            }
        }
        m = COMPACT.matcher(value);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return null;
    }

    /**
     * The earliest date written in running text, with where it stands, or null. Stricter than
     * {@link #parse}: compact {@code 20230221} numbers (ids, phone numbers in prose) are not dates here,
     * and a two-digit year is accepted only with dots or slashes ("21.01.22", not "2-1-22").
     */
    public DateMatch find(String text, boolean monthFirst) {
        return find(text, 0, monthFirst);
    }

    /**
     * Every pattern {@link #find} knows holds a year and a day, so at least this many digits
     * ("3.5.21"); most text on a page (prices, counts, times) has fewer, and is turned away before
     * five regular expressions run over it.
     */
    private static final int MIN_DATE_DIGITS = 4;

    private static boolean hasDigits(String text, int from, int wanted) {
        int seen = 0;
        for (int i = from; i < text.length() && seen < wanted; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                seen++;
            }
        }
        return seen >= wanted;
    }

    /** The earliest date in {@code text} starting at or after {@code from}; see {@link #find(String, boolean)}. */
    public DateMatch find(String text, int from, boolean monthFirst) {
        if (text == null || from >= text.length() || !hasDigits(text, from, MIN_DATE_DIGITS)) {
            return null;
        }
        DateMatch best = null;
        Matcher m = ISO.matcher(text);
        if (m.find(from)) {
            best = earlier(best, iso(m), m);
        }
        m = YMD_SLASH.matcher(text);
        if (m.find(from)) {
            best = earlier(best, date(m.group(1), m.group(2), m.group(3)), m);
        }
        m = YMD_CJK.matcher(text);
        if (m.find(from)) {
            best = earlier(best, date(m.group(1), m.group(2), m.group(3)), m);
        }
        m = DAY_MONTH_YEAR.matcher(text);
        for (boolean found = m.find(from); found && (best == null || m.start() < best.start()); found = m.find()) {
            int month = month(m.group(2));
            String date = month > 0 ? date(m.group(3), Integer.toString(month), m.group(1)) : null;
            if (date != null) {
                best = earlier(best, date, m);
                break;
            }
        }
        m = MONTH_DAY_YEAR.matcher(text);
        for (boolean found = m.find(from); found && (best == null || m.start() < best.start()); found = m.find()) {
            int month = month(m.group(1));
            String date = month > 0 ? date(m.group(3), Integer.toString(month), m.group(2)) : null;
            if (date != null) {
                best = earlier(best, date, m);
                break;
            }
        }
        m = NUMERIC.matcher(text);
        for (boolean found = m.find(from); found && (best == null || m.start() < best.start()); found = m.find()) {
            if (m.group(4).length() == 2 && m.group(2).equals("-")) {
                continue;
            }
            String date = numeric(m, monthFirst);
            if (date != null) {
                best = earlier(best, date, m);
                break;
            }
        }
        return best;
    }

    private static DateMatch earlier(DateMatch best, String date, Matcher m) {
        if (date == null || (best != null && best.start() <= m.start())) {
            return best;
        }
        return new DateMatch(date, m.start(), m.end());
    }

    /**
     * A date found in a text.
     *
     * @param date  normalised as {@link #parse} returns it
     * @param start offset of the first character of the written date
     * @param end   offset just after it
     */
    public record DateMatch(String date, int start, int end) {
    }

    /** A date spelled with a month name ("21 février 2023", "November 19, 2019"), or null. */
    public String named(String value) {
        Matcher m = DAY_MONTH_YEAR.matcher(value);
        while (m.find()) {
            int month = month(m.group(2));
            if (month > 0) {
                String date = date(m.group(3), Integer.toString(month), m.group(1));
                if (date != null) {
                    return date;
                }
            }
        }
        m = MONTH_DAY_YEAR.matcher(value);
        while (m.find()) {
            int month = month(m.group(1));
            if (month > 0) {
                String date = date(m.group(3), Integer.toString(month), m.group(2));
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private String iso(Matcher m) {
        String date = date(m.group(1), m.group(2), m.group(3));
        if (date == null || m.group(4) == null) {
            return date;
        }
        return timestamp(date, m.group(4), m.group(5), m.group(6), m.group(7));
    }

    /** The day with its time and zone as a full timestamp; the day alone when there is no zone or no valid time. */
    private static String timestamp(String date, String hour, String minute, String second, String zone) {
        if (date == null || zone == null) {
            return date;
        }
        try {
            LocalDateTime local = LocalDateTime.of(LocalDate.parse(date), java.time.LocalTime.of(
                    Integer.parseInt(hour), Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second)));
            ZoneOffset offset = switch (zone) {
                case "Z", "UTC", "GMT" -> ZoneOffset.UTC;
                default -> ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            };
            return OffsetDateTime.of(local, offset).format(OFFSET_FORMAT);
        } catch (DateTimeException | NumberFormatException e) {
            return date;
        }
    }

    private String numeric(Matcher m, boolean monthFirst) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        String year = m.group(4);
        if (year.length() == 2) {
            // Two-digit years on news pages are this century unless that lands in the future.
            int y = 2000 + Integer.parseInt(year);
            year = Integer.toString(y > latestYear ? y - 100 : y);
        }
        // Month-first order is written with slashes ("03/04/2020"); a dotted date is day-first even on
        // English pages ("02.12.19" on a German institute's English site).
        boolean swap = a > 12 ? false : b > 12 ? true : monthFirst && !m.group(2).equals(".");
        return swap ? date(year, Integer.toString(a), Integer.toString(b)) : date(year, Integer.toString(b), Integer.toString(a));
    }

    private String date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1990 || y > latestYear) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static Map<String, Integer> loadMonths() {
        Map<String, Integer> months = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(DateParser.class.getResourceAsStream("months.txt"), "months.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                int month = Integer.parseInt(parts[0]);
                for (int i = 1; i < parts.length; i++) {
                    months.put(fold(parts[i]), month);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read months.txt", e);
        }
        return Map.copyOf(months);
    }
}
