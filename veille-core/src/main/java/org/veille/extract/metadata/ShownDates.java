package org.veille.extract.metadata;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Weighs the dates a page declares in its metadata against the dates it shows its readers. Declared
 * timestamps are often rewritten by content systems (a re-import, a time-zone shift, a later edit),
 * while the date printed with the headline is the one the newsroom stands by; but a date shown far from
 * the headline, or without date markup, is as likely another story's, so only a clear case overrides.
 */
final class ShownDates {
    private static final ZoneOffset WESTMOST = ZoneOffset.ofHours(-12);
    private static final ZoneOffset EASTMOST = ZoneOffset.ofHours(14);
    /** How far after the headline's start a date still reads as the headline's own (dateline, byline box). */
    static final int WITH_HEADLINE_AFTER = 700;
    /**
     * How far before it: a date line right on top of the headline. Further up, dates more often belong
     * to a list of other stories above the article.
     */
    static final int WITH_HEADLINE_BEFORE = 120;

    private ShownDates() {
    }

    /**
     * The declared revision date when the page presents it as its date: shown without an "updated"
     * label while the declared publication date is shown nowhere, it is the date the page stands by
     * (sites re-dating a piece on every edit). Otherwise the declared publication date.
     */
    static DateFinder.Found revisionOrPublished(DateFinder.Found published, DateFinder.Found modified,
                                                VisibleDateScanner.Result visible) {
        if (day(modified.value()).compareTo(day(published.value())) <= 0) {
            return published;
        }
        boolean modifiedShown = false;
        for (VisibleDateScanner.Seen seen : visible.dates()) {
            if (!seen.aside()) {
                // Shown as "Updated ...", it is labelled a revision and the publication date stands.
                modifiedShown |= seen.date().equals(day(modified.value())) && seen.cue() != DateCues.Cue.UPDATED;
            }
        }
        return modifiedShown && !shownExactly(published, visible)
                ? new DateFinder.Found(modified.value(), modified.source() + ":shown") : published;
    }

    /**
     * The date shown with the headline instead of the declared one, when the declared day appears
     * nowhere in the page's own text and the headline carries another date in date markup or announced
     * as published; otherwise the declared date. A declared UTC instant that falls on the shown day in
     * some time zone does not disagree with it: the declared instant is then given in the zone the page
     * writes its other timestamps in when that puts it on the shown day, else kept as declared.
     *
     * @param pageOffsets the offsets the page writes its own timestamps in ({@link PageOffsets}), asked
     *                    for only in that case
     */
    static DateFinder.Found shownOrDeclared(DateFinder.Found declared, VisibleDateScanner.Result visible,
                                            Supplier<Set<ZoneOffset>> pageOffsets) {
        if (shown(declared, visible)) {
            return declared;
        }
        VisibleDateScanner.Seen withHeadline = withHeadline(visible);
        if (withHeadline == null) {
            return declared;
        }
        String shownDay = day(withHeadline.date());
        if (sameInstantElsewhere(declared.value(), shownDay)) {
            return inPageZone(declared, shownDay, pageOffsets.get());
        }
        return new DateFinder.Found(withHeadline.date(), "text:headline-shown");
    }

    /** The declared UTC instant in the first of the page's own offsets that puts it on the shown day, else as declared. */
    private static DateFinder.Found inPageZone(DateFinder.Found declared, String shownDay, Set<ZoneOffset> offsets) {
        OffsetDateTime instant = OffsetDateTime.parse(declared.value());
        for (ZoneOffset offset : offsets) {
            OffsetDateTime local = instant.withOffsetSameInstant(offset);
            if (local.toLocalDate().toString().equals(shownDay)) {
                return new DateFinder.Found(local.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), declared.source() + ":page-zone");
            }
        }
        return declared;
    }

    /**
     * The date shown with the headline instead of the one read from publication markup
     * ({@code itemprop="datePublished"} and the like), when the markup's day is written nowhere in the
     * page's own text: such markup then sits on a teaser in a sidebar or on an embed, not on the story.
     */
    static DateFinder.Found shownOrMarkup(DateFinder.Found markup, VisibleDateScanner.Result visible) {
        if (shownExactly(markup, visible)) {
            return markup;
        }
        VisibleDateScanner.Seen withHeadline = withHeadline(visible);
        return withHeadline == null ? markup : new DateFinder.Found(withHeadline.date(), "text:headline-shown");
    }

    /**
     * Whether the day is written as a plain date outside furniture; stricter than {@link #shown} (no
     * timestamps in the text, no swapped numeric dates) because here it decides for the revision date.
     */
    private static boolean shownExactly(DateFinder.Found found, VisibleDateScanner.Result visible) {
        String day = day(found.value());
        for (VisibleDateScanner.Seen seen : visible.dates()) {
            if (!seen.aside() && seen.date().equals(day)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the found date's day is written anywhere in the page's own text (not its furniture). A
     * numeric date read in the other order ("11/08/2023" read day first) counts: the declared date
     * settles which order the page writes.
     */
    private static boolean shown(DateFinder.Found found, VisibleDateScanner.Result visible) {
        String day = day(found.value());
        String swapped = swapped(day);
        for (VisibleDateScanner.Seen seen : visible.dates()) {
            String seenDay = day(seen.date());
            if (!seen.aside() && (seenDay.equals(day) || seenDay.equals(swapped))) {
                return true;
            }
        }
        return false;
    }

    /** The first date marked as one (markup or a "published" cue) right around the headline, or null. */
    private static VisibleDateScanner.Seen withHeadline(VisibleDateScanner.Result visible) {
        int headline = visible.headline();
        if (headline < 0) {
            return null;
        }
        for (VisibleDateScanner.Seen seen : visible.dates()) {
            int distance = seen.offset() - headline;
            if (distance > WITH_HEADLINE_AFTER) {
                break;
            }
            if (distance >= -WITH_HEADLINE_BEFORE && !seen.aside() && !seen.prose()
                    && seen.cue() != DateCues.Cue.UPDATED && (seen.marked() || seen.cue() == DateCues.Cue.PUBLISHED)) {
                return seen;
            }
        }
        return null;
    }

    /**
     * Whether a UTC timestamp could be the shown day in some time zone (UTC-12 to UTC+14): then the two
     * do not disagree, the page only shows the instant in its own zone, which a UTC stamp does not name.
     * Which day to report for such an instant is a convention, kept as it is (the UTC day); a timestamp
     * with its own offset names its zone, so a different shown day there is a real disagreement.
     */
    private static boolean sameInstantElsewhere(String declared, String shownDay) {
        if (!declared.endsWith("Z")) {
            return false;
        }
        try {
            Instant instant = OffsetDateTime.parse(declared).toInstant();
            LocalDate shown = LocalDate.parse(shownDay);
            return !shown.isBefore(LocalDate.ofInstant(instant, WESTMOST)) && !shown.isAfter(LocalDate.ofInstant(instant, EASTMOST));
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The day with month and day exchanged, or null when that is no date. */
    private static String swapped(String day) {
        if (day.length() != 10 || day.charAt(8) > '1' || (day.charAt(8) == '1' && day.charAt(9) > '2')) {
            return null;
        }
        return day.substring(0, 5) + day.substring(8, 10) + "-" + day.substring(5, 7);
    }

    static String day(String value) {
        return value.length() > 10 ? value.substring(0, 10) : value;
    }
}
