package org.veille.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.veille.analyse.dates.DateFinder;
import org.veille.analyse.dates.FoundDate;
import org.veille.eval.PrfScore;
import org.veille.eval.dates.DateAgreement;
import org.veille.eval.dates.DateSpan;
import org.veille.eval.dates.DateValue;
import org.veille.eval.quotes.Ratio;
import org.veille.model.DateResolution;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veille eval dates SET}: how far Veille's English date expressions agree with Stanford SUTime's
 * on the articles of a PolNeAR split. There is no gold set of normalised dates, so SUTime stands in as the
 * reference: this measures <em>agreement with another system, not accuracy</em>, and a disagreement may
 * be either system's error.
 *
 * <p>Both systems read the article's text ({@code text/*.txt}) with its publication date
 * ({@code publication_date} of {@code metadata.tsv}, keyed by file name without {@code .txt}) as the
 * reference for relative expressions. The reference is SUTime's TIMEX3 expressions of type DATE; TIME,
 * DURATION and SET are left out (Veille names days, not hours, spans of time or repetitions), and so are
 * DATE expressions valued {@code PRESENT_REF}, {@code PAST_REF} or {@code FUTURE_REF} ("now",
 * "recently"), which name no calendar date. A TIME on a named day ("Sunday morning", {@code 2016-09-11TMO})
 * is left out too, as SUTime types it; how many of Veille's unpaired expressions fall on one is printed,
 * so that such misses of the reference are not read as Veille's inventions. Values are compared as {@link DateValue} normalises them.
 *
 * <p>Scores ({@link DateAgreement}): span P/R/F1 with one-to-one pairs overlapping by at least one
 * character; on the pairs where both have a value, the share of equal values and of values equal at the
 * shared precision. With {@code --no-date} Veille gets no publication date while SUTime keeps it, which
 * shows what Veille gives for undated articles (how many values stay partial or unresolved).
 *
 * <p>SUTime runs in its own CoreNLP pipeline (tokenize, ssplit, pos, lemma, then SUTime), loaded once on
 * first use: the part-of-speech tags are what let SUTime tell the month "May" from the verb.
 */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = {"Agreement (not accuracy) of Veille's English dates with Stanford SUTime's DATE expressions.",
                "SET: a PolNeAR split, e.g. ../shared/eval/quotes/polnear/data/dev (text/*.txt, ../metadata.tsv).",
                "Reports span P/R/F1 (overlap >= 1 char, one-to-one) and value agreement on paired expressions."})
final class EvalDates implements Callable<Integer> {
    private static final int CONTEXT = 50;

    @Parameters(paramLabel = "SET", description = "a PolNeAR split folder holding text/*.txt")
    Path set;

    @Option(names = "--no-date", description = "give Veille no publication date (SUTime keeps it)")
    boolean noDate;

    @Option(names = "--findings", description = "list the first N disagreements (missed, invented, value differs)", defaultValue = "0")
    int findings;

    @Option(names = "--limit", description = "read only the first N articles")
    Integer limit;

    @Spec
    CommandSpec spec;

    private StanfordCoreNLP sutime;

    @Override
    public Integer call() throws IOException {
        Limits.check(limit, spec);
        Map<String, LocalDate> published = publicationDates(set);
        List<Path> texts;
        try (Stream<Path> files = Files.list(set.resolve("text"))) {
            texts = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        texts = Limits.first(texts, limit);
        DateFinder finder = new DateFinder("en");
        DateAgreement agreement = new DateAgreement();
        Map<DateSpan, DateResolution> resolutions = new IdentityHashMap<>();
        Map<DateResolution, Integer> byResolution = new EnumMap<>(DateResolution.class);
        Map<String, Integer> dropped = new TreeMap<>();
        int undated = 0;
        int inventedOnTimes = 0;
        long start = System.nanoTime();
        try (Progress progress = Progress.start("eval dates", texts.size(), Progress.stderrIsTerminal(), System.err)) {
            for (Path file : texts) {
                String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
                String text = Files.readString(file, StandardCharsets.UTF_8);
                LocalDate day = published.get(id);
                if (day == null) {
                    undated++;
                }
                List<DateSpan> times = new ArrayList<>();
                List<DateSpan> reference = sutimeDates(text, day, dropped, times);
                List<DateSpan> predicted = new ArrayList<>();
                for (FoundDate d : finder.find(text, noDate ? null : day)) {
                    DateSpan span = new DateSpan(d.start(), d.end(), d.text(), d.value());
                    resolutions.put(span, d.resolution());
                    byResolution.merge(d.resolution(), 1, Integer::sum);
                    predicted.add(span);
                }
                for (DateSpan invented : agreement.add(id, text, reference, predicted).invented()) {
                    if (times.stream().anyMatch(t -> t.overlap(invented) > 0)) {
                        inventedOnTimes++;
                    }
                }
                progress.step();
            }
        }
        PrintWriter out = Console.out();
        print(out, texts.size(), undated, agreement, byResolution, dropped);
        out.printf(Locale.ROOT, "(%d of Veille's %d unpaired expressions overlap a SUTime TIME on a calendar day, "
                + "e.g. \"Sunday morning\" = 2016-09-11TMO, left out of the reference)%n",
                inventedOnTimes, agreement.predictedCount() - agreement.paired());
        out.printf(Locale.ROOT, "(%.1f s)%n", (System.nanoTime() - start) / 1e9);
        if (findings > 0) {
            printFindings(out, agreement, resolutions);
        }
        return VeilleCommand.OK;
    }

    private void print(PrintWriter out, int articles, int undated, DateAgreement a,
                       Map<DateResolution, Integer> byResolution, Map<String, Integer> dropped) {
        out.printf(Locale.ROOT, "Date AGREEMENT with Stanford SUTime (a reference system, not a gold set: not accuracy)%n");
        out.printf(Locale.ROOT, "Set %s (en): %d articles%s; Veille given the publication date: %s%n", set, articles,
                undated == 0 ? "" : ", " + undated + " without a publication date", noDate ? "no (--no-date)" : "yes");
        out.printf(Locale.ROOT, "Reference: SUTime DATE expressions, %d kept; left out: %s%n", a.referenceCount(), dropped);
        StringBuilder kinds = new StringBuilder();
        byResolution.forEach((r, n) -> kinds.append(kinds.isEmpty() ? "" : ", ").append(r.wireName()).append(' ').append(n)
                .append(String.format(Locale.ROOT, " (%.1f%%)", 100.0 * n / Math.max(1, a.predictedCount()))));
        out.printf(Locale.ROOT, "Veille: %d expressions: %s%n%n", a.predictedCount(), kinds);
        PrfScore s = a.spanScore();
        out.printf(Locale.ROOT, "span agreement (overlap >= 1 char, one-to-one): P %.3f  R %.3f  F1 %.3f  (%d pairs)%n",
                s.precision(), s.recall(), s.f1(), a.paired());
        out.printf(Locale.ROOT, "value agreement on the %d pairs where both have a value (%d pairs without one left out):%n",
                a.compared(), a.notComparable());
        out.printf(Locale.ROOT, "  equal                         %5d  %.3f%n", a.equal(), new Ratio(a.equal(), a.compared()).value());
        out.printf(Locale.ROOT, "  equal at the shared precision %5d  %.3f%n", a.equalAtSharedPrecision(),
                new Ratio(a.equalAtSharedPrecision(), a.compared()).value());
    }

    private void printFindings(PrintWriter out, DateAgreement a, Map<DateSpan, DateResolution> resolutions) {
        List<DateAgreement.Finding> all = a.findings();
        out.printf(Locale.ROOT, "%nfirst %d of %d disagreements ([SUTime] {Veille}):%n", Math.min(findings, all.size()), all.size());
        for (DateAgreement.Finding f : all.subList(0, Math.min(findings, all.size()))) {
            DateSpan r = f.reference();
            DateSpan p = f.predicted();
            String values = switch (f.kind()) {
                case MISSED -> "sutime=" + r.value();
                case INVENTED -> "veille=" + p.value() + " (" + resolutions.get(p).wireName() + ")";
                case VALUE_DIFFERS -> "sutime=" + r.value() + " veille=" + p.value() + " (" + resolutions.get(p).wireName() + ")";
            };
            out.printf(Locale.ROOT, "  %-13s %-28s %s%n      %s%n", f.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    values, f.textId(), context(f.text(), r, p));
        }
    }

    /** The words around a disagreement on one line, SUTime's span in [ ], Veille's in { }. */
    private static String context(String text, DateSpan r, DateSpan p) {
        int from = Math.max(0, Math.min(r != null ? r.start() : p.start(), p != null ? p.start() : r.start()) - CONTEXT);
        int to = Math.min(text.length(), Math.max(r != null ? r.end() : p.end(), p != null ? p.end() : r.end()) + CONTEXT);
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            if (p != null && i == p.end()) {
                sb.append('}');
            }
            if (r != null && i == r.end()) {
                sb.append(']');
            }
            if (r != null && i == r.start()) {
                sb.append('[');
            }
            if (p != null && i == p.start()) {
                sb.append('{');
            }
            if (i < to) {
                char c = text.charAt(i);
                sb.append(Character.isWhitespace(c) ? ' ' : c);
            }
        }
        return "…" + sb + "…";
    }

    /** SUTime's DATE expressions with calendar values; counts what it leaves out by TIMEX type or value. */
    private List<DateSpan> sutimeDates(String text, LocalDate day, Map<String, Integer> dropped, List<DateSpan> times) {
        Annotation annotation = new Annotation(text);
        if (day != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, day.toString());
        }
        sutime().annotate(annotation);
        List<DateSpan> dates = new ArrayList<>();
        for (CoreMap expression : annotation.get(TimeAnnotations.TimexAnnotations.class)) {
            Timex timex = expression.get(TimeAnnotations.TimexAnnotation.class);
            String value = timex.value();
            int begin = expression.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = expression.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (!"DATE".equals(timex.timexType())) {
                dropped.merge(timex.timexType(), 1, Integer::sum);
                if ("TIME".equals(timex.timexType()) && value != null && value.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                    times.add(new DateSpan(begin, end, text.substring(begin, end), value));
                }
            } else if (value != null && value.endsWith("_REF")) {
                dropped.merge("DATE " + value, 1, Integer::sum);
            } else {
                String normalised = DateValue.normalise(value);
                // A DATE whose value is no calendar date ("the 1990s" = 199X) still names a date: its
                // span counts, its value is left out of value agreement. The raw value is kept for findings.
                dates.add(new DateSpan(begin, end, text.substring(begin, end), normalised != null ? normalised : value));
            }
        }
        return dates;
    }

    private StanfordCoreNLP sutime() {
        if (sutime == null) {
            Properties props = new Properties();
            props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
            props.setProperty("ssplit.newlineIsSentenceBreak", "two");
            sutime = new StanfordCoreNLP(props);
            sutime.addAnnotator(new TimeAnnotator("sutime", props));
        }
        return sutime;
    }

    /** {@code publication_date} by {@code filename} from the split's (or its parent's) metadata.tsv. */
    static Map<String, LocalDate> publicationDates(Path split) {
        Path tsv = Files.exists(split.resolve("metadata.tsv")) ? split.resolve("metadata.tsv")
                : split.toAbsolutePath().getParent().resolve("metadata.tsv");
        Map<String, LocalDate> dates = new HashMap<>();
        if (!Files.exists(tsv)) {
            return dates;
        }
        try {
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            List<String> header = lines.isEmpty() ? List.of() : List.of(lines.get(0).split("\t", -1));
            int name = header.indexOf("filename");
            int date = header.indexOf("publication_date");
            if (name < 0 || date < 0) {
                throw new IllegalArgumentException(tsv + " has no filename and publication_date columns");
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split("\t", -1);
                if (fields.length > Math.max(name, date)) {
                    LocalDate day = DateFinder.publicationDay(fields[date]);
                    if (day != null) {
                        dates.put(fields[name].replaceFirst("\\.txt$", ""), day);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
        return dates;
    }
}
