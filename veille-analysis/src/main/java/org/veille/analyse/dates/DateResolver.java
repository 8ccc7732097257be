package org.veille.analyse.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.veille.model.DateResolution;

/**
 * Turns what a date expression's words say into an ISO 8601 value. The article's publication date,
 * when known, is the reference: it completes a missing year and resolves relative words. Without it, the text's own
 * years are the only evidence: a weekday written with a day and month ("mardi 21 février") pins the
 * year when exactly one year near those the text names has that date on that weekday; otherwise the
 * value keeps only the written parts ({@code --02-21}). The sentence's tense breaks the tie between the
 * year before and the year after: "depuis le 1er janvier" and "a annoncé le 3 mars" look back, "aura
 * lieu le 3 mars" looks ahead; with no tense to go by, the nearest date wins.
 */
final class DateResolver {
    /** A resolved value, or null from {@link #resolve} when the written parts are no real date. */
    record Value(String value, DateResolution resolution) {
    }

    private final LocalDate reference;
    private final Set<Integer> textYears;

    /**
     * @param reference the article's publication day, or null
     * @param written   every expression of the text: their explicit years are the text's evidence
     */
    DateResolver(LocalDate reference, List<WrittenDate> written) {
        this.reference = reference;
        this.textYears = new TreeSet<>();
        for (WrittenDate w : written) {
            if (w.year() != null) {
                textYears.add(w.year());
            }
        }
    }

    Value resolve(WrittenDate w, Tense tense) {
        boolean future = tense == Tense.FUTURE;
        if (w.isShift()) {
            return reference == null ? unresolved() : shifted(w);
        }
        if (w.isWeekdayOnly()) {
            return reference == null ? unresolved() : new Value(weekday(w.weekday(), w.relation(), future).toString(), DateResolution.ARTICLE_DATE);
        }
        Integer year = w.year();
        Integer month = w.month();
        Integer day = w.day();
        if (month == null) {
            return year == null ? null : new Value(String.format(Locale.ROOT, "%04d", year), DateResolution.EXPLICIT);
        }
        if (day == null) {
            if (year != null) {
                return new Value(YearMonth.of(year, month).toString(), DateResolution.EXPLICIT);
            }
            return reference == null ? new Value(String.format(Locale.ROOT, "--%02d", month), DateResolution.PARTIAL)
                    : new Value(month(month, w.relation(), tense).toString(), DateResolution.ARTICLE_DATE);
        }
        if (day > Month.of(month).maxLength()) {
            return null;
        }
        if (year != null) {
            try {
                return new Value(LocalDate.of(year, month, day).toString(), DateResolution.EXPLICIT);
            } catch (DateTimeException e) {
                return null; // 29 February of a common year
            }
        }
        if (reference != null) {
            return new Value(dayOfYear(month, day, w.weekday(), w.relation(), tense).toString(), DateResolution.ARTICLE_DATE);
        }
        LocalDate pinned = w.weekday() == null ? null : pinnedByWeekday(month, day, w.weekday());
        return pinned != null ? new Value(pinned.toString(), DateResolution.TEXT)
                : new Value(String.format(Locale.ROOT, "--%02d-%02d", month, day), DateResolution.PARTIAL);
    }

    private static Value unresolved() {
        return new Value(null, DateResolution.UNRESOLVED);
    }

    private Value shifted(WrittenDate w) {
        return switch (w.unit()) {
            case DAYS -> new Value(reference.plusDays(w.amount()).toString(), DateResolution.ARTICLE_DATE);
            case WEEKS -> new Value(week(reference.plusWeeks(w.amount())), DateResolution.ARTICLE_DATE);
            case MONTHS -> new Value(YearMonth.from(reference).plusMonths(w.amount()).toString(), DateResolution.ARTICLE_DATE);
            case YEARS -> new Value(String.format(Locale.ROOT, "%04d", reference.getYear() + w.amount()), DateResolution.ARTICLE_DATE);
            default -> throw new IllegalStateException("unit " + w.unit());
        };
    }

    private static String week(LocalDate day) {
        return String.format(Locale.ROOT, "%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private LocalDate weekday(DayOfWeek weekday, Relation relation, boolean future) {
        return switch (relation) {
            case LAST -> reference.with(TemporalAdjusters.previous(weekday));
            case NEXT -> reference.with(TemporalAdjusters.next(weekday));
            case THIS -> reference.with(ChronoField.DAY_OF_WEEK, weekday.getValue());
            case NEAREST -> reference.with(future ? TemporalAdjusters.nextOrSame(weekday) : TemporalAdjusters.previousOrSame(weekday));
        };
    }

    private YearMonth month(int month, Relation relation, Tense tense) {
        YearMonth now = YearMonth.from(reference);
        List<YearMonth> candidates = List.of(YearMonth.of(now.getYear() - 1, month), YearMonth.of(now.getYear(), month),
                YearMonth.of(now.getYear() + 1, month));
        return switch (relation) {
            case LAST -> candidates.stream().filter(c -> c.isBefore(now)).reduce((a, b) -> b).orElseThrow();
            case NEXT -> candidates.stream().filter(c -> c.isAfter(now)).findFirst().orElseThrow();
            case THIS -> candidates.get(1);
            case NEAREST -> tense == Tense.FUTURE ? candidates.stream().filter(c -> !c.isBefore(now)).findFirst().orElseThrow()
                    : tense == Tense.PAST ? candidates.stream().filter(c -> !c.isAfter(now)).reduce((a, b) -> b).orElseThrow()
                    : candidates.stream().min(Comparator.comparingLong(c -> Math.abs(ChronoUnit.MONTHS.between(now, c)))).orElseThrow();
        };
    }

    private LocalDate dayOfYear(int month, int day, DayOfWeek weekday, Relation relation, Tense tense) {
        List<LocalDate> candidates = new ArrayList<>();
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            if (Month.of(month).length(java.time.Year.isLeap(year)) >= day) {
                candidates.add(LocalDate.of(year, month, day));
            }
        }
        if (weekday != null) {
            List<LocalDate> fitting = candidates.stream().filter(c -> c.getDayOfWeek() == weekday).toList();
            if (fitting.size() == 1) {
                return fitting.get(0);
            }
        }
        if (relation == Relation.LAST || relation == Relation.NEXT || tense != Tense.UNKNOWN) {
            boolean after = relation == Relation.NEXT || relation != Relation.LAST && tense == Tense.FUTURE;
            for (int i = 0; i < candidates.size(); i++) {
                LocalDate c = candidates.get(after ? i : candidates.size() - 1 - i);
                if (after ? !c.isBefore(reference) : !c.isAfter(reference)) {
                    return c;
                }
            }
        }
        return candidates.stream().min(Comparator.comparingLong(c -> Math.abs(ChronoUnit.DAYS.between(reference, c)))).orElseThrow();
    }

    /** The one year near those the text names on which {@code day month} falls on {@code weekday}, or null. */
    private LocalDate pinnedByWeekday(int month, int day, DayOfWeek weekday) {
        Set<LocalDate> fitting = new TreeSet<>();
        for (int named : textYears) {
            for (int year = named - 1; year <= named + 1; year++) {
                if (Month.of(month).length(java.time.Year.isLeap(year)) >= day && LocalDate.of(year, month, day).getDayOfWeek() == weekday) {
                    fitting.add(LocalDate.of(year, month, day));
                }
            }
        }
        return fitting.size() == 1 ? fitting.iterator().next() : null;
    }
}
