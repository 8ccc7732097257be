package org.veille.eval;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * trafilatura-eval: 990 multilingual pages with {@code with}/{@code without} snippets. Title, author and
 * date are annotated only on the 851 pages whose truth has those keys; an empty string there means the
 * page has none. Authors are a string on most pages and a list on four.
 *
 * <p>Three truth dates are malformed: "2022-29-11" and "2022-25-10" have day and month swapped (the pages'
 * URL and text say 29 November and 25 October 2022) and "2022-01.26" has a dot. They are repaired here, in
 * the truth only, so that the date metric stays strict for predictions and a correct extractor can score 1.
 */
public final class TrafilaturaEvalReader extends TruthFolderReader {
    public static final String NAME = "trafilatura-eval";

    private static final Pattern LOOSE_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})[-.](\\d{1,2})");

    @Override
    public String setName() {
        return NAME;
    }

    @Override
    public boolean recognises(Set<String> truthKeys) {
        return truthKeys.contains("with") && truthKeys.contains("without") && !truthKeys.contains("page_type");
    }

    @Override
    Set<Metric> metrics() {
        return Set.of(Metric.SNIPPETS, Metric.METADATA);
    }

    @Override
    EvalPage page(Path dir, TruthJson t) {
        Set<MetaField> annotated = EnumSet.noneOf(MetaField.class);
        if (t.has("title")) {
            annotated.add(MetaField.TITLE);
        }
        if (t.has("author")) {
            annotated.add(MetaField.AUTHOR);
        }
        if (t.has("date")) {
            annotated.add(MetaField.DATE);
        }
        Truth truth = new Truth(null, t.strings("with"), t.strings("without"), t.text("title"),
                t.strings("author"), repairedDate(t.text("date")), null, annotated);
        return new EvalPage(t.id(), TruthFolder.html(dir, t.id()), t.text("url"), EvalPage.UNKNOWN, truth);
    }

    /** Fixes a swapped day and month or a dot separator in a truth date; other values are returned as is. */
    static String repairedDate(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = LOOSE_DATE.matcher(date.strip());
        if (!m.matches()) {
            return date;
        }
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month > 12 && day <= 12) {
            int swap = month;
            month = day;
            day = swap;
        }
        return String.format(Locale.ROOT, "%s-%02d-%02d", m.group(1), month, day);
    }
}
