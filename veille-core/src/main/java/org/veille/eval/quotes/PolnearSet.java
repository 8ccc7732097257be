package org.veille.eval.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a PolNeAR split ({@code quotes/polnear/data/<split>}): {@code text/<name>.txt} and the brat
 * standoff file {@code attributions/<name>_<annotator>.ann}, whose events tie a Content span to its Cue
 * and, for most, its Source.
 *
 * <p>Choices the corpus leaves to the reader:
 * <ul>
 *   <li>two articles were annotated by every annotator (for agreement checks); the annotation whose file
 *       name sorts first is used, so that every article counts once;</li>
 *   <li>a Content span in several pieces (a quote interrupted by its cue) becomes one quote covering the
 *       pieces, as the other sets mark it: the cue inside is a few words of a long quote;</li>
 *   <li>the kind of quote is not annotated: content in quotation marks is called direct, the rest
 *       indirect, which is how the corpus' own papers split it;</li>
 *   <li>a Source that is a personal pronoun ("he", "she", "they") marks the quote's cue as having a
 *       pronoun subject, the README's pronoun subset.</li>
 * </ul>
 * Offsets are code points, as brat counts them.
 */
public final class PolnearSet {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "you", "him", "her",
            "them", "his", "their");

    private PolnearSet() {
    }

    /** Whether a folder looks like a PolNeAR split. */
    public static boolean recognises(Path folder) {
        return Files.isDirectory(folder.resolve("text")) && Files.isDirectory(folder.resolve("attributions"));
    }

    public static List<GoldArticle> read(Path split) {
        return readEach(split, PolnearSet::article);
    }

    /**
     * Every article of a split with the pieces of its attributions, as a tagger learns from them: the
     * pieces of a content in several parts stay apart (the cue between them is the cue's), and
     * offsets are converted to char offsets. Articles annotated twice count once, as in {@link #read}.
     */
    public static List<RoleAnnotatedText> readRoles(Path split) {
        return readEach(split, PolnearSet::roles);
    }

    /** How one article is read from its name, text file and annotation file. */
    private interface ArticleReader<T> {
        T read(String name, Path text, Path annotations) throws IOException;
    }

    private static <T> List<T> readEach(Path split, ArticleReader<T> reader) {
        List<T> articles = new ArrayList<>();
        annotatedTexts(split).forEach((name, files) -> {
            try {
                articles.add(reader.read(name, files[0], files[1]));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + files[1], e);
            }
        });
        return articles;
    }

    /** Article name → {text file, annotation file}, in name order. */
    private static Map<String, Path[]> annotatedTexts(Path split) {
        Map<String, Path> annotations = new HashMap<>();
        try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
            files.filter(f -> f.getFileName().toString().endsWith(".ann"))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .forEach(f -> annotations.putIfAbsent(articleName(f), f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + split.resolve("attributions"), e);
        }
        Map<String, Path[]> texts = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(split.resolve("text"))) {
            files.filter(f -> f.getFileName().toString().endsWith(".txt")).forEach(text -> {
                String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
                Path ann = annotations.get(name);
                if (ann != null) {
                    texts.put(name, new Path[] {text, ann});
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + split, e);
        }
        return texts;
    }

    private static RoleAnnotatedText roles(String name, Path textFile, Path annFile) throws IOException {
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        int codePoints = text.codePointCount(0, text.length());
        Map<String, String> pieces = new HashMap<>(); // T id → "start end;start end"
        List<RoleSpan> spans = new ArrayList<>();
        int relation = 0;
        for (String line : Files.readAllLines(annFile, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            if (line.startsWith("T") && fields.length >= 2) {
                pieces.put(fields[0], fields[1].split(" ", 2)[1]);
            } else if (line.startsWith("E") && fields.length >= 2) {
                relation++;
                for (String role : fields[1].trim().split(" ")) {
                    int colon = role.indexOf(':');
                    String offsets = colon > 0 ? pieces.get(role.substring(colon + 1)) : null;
                    String kind = colon > 0 ? role.substring(0, colon) : "";
                    if (offsets == null || !Set.of("Source", "Cue", "Content").contains(kind)) {
                        continue;
                    }
                    for (String piece : offsets.split(";")) {
                        String[] ends = piece.trim().split(" ");
                        int start = Math.min(Integer.parseInt(ends[0]), codePoints);
                        int end = Math.min(Integer.parseInt(ends[1]), codePoints);
                        spans.add(new RoleSpan(relation, kind, text.offsetByCodePoints(0, start),
                                text.offsetByCodePoints(0, end)));
                    }
                }
            }
        }
        return new RoleAnnotatedText(name, text, spans);
    }

    /** "nyt_2016-09-12_visa-program_4b22.ann" → "nyt_2016-09-12_visa-program". */
    private static String articleName(Path ann) {
        String file = ann.getFileName().toString();
        return file.substring(0, file.lastIndexOf('_'));
    }

    private static GoldArticle article(String name, Path textFile, Path annFile) throws IOException {
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        int[] codePoints = text.codePoints().toArray();
        Map<String, Span> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : Files.readAllLines(annFile, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            if (line.startsWith("T") && fields.length >= 2) {
                String[] typeAndOffsets = fields[1].split(" ", 2);
                spans.put(fields[0], hull(typeAndOffsets[1]));
            } else if (line.startsWith("E") && fields.length >= 2) {
                events.add(fields[1].trim().split(" "));
            }
        }
        List<GoldQuote> quotes = new ArrayList<>();
        for (String[] event : events) {
            Map<String, Span> roles = new HashMap<>();
            for (String role : event) {
                int colon = role.indexOf(':');
                if (colon > 0 && spans.containsKey(role.substring(colon + 1))) {
                    roles.put(role.substring(0, colon), spans.get(role.substring(colon + 1)));
                }
            }
            Span content = roles.get("Content");
            if (content == null) {
                continue; // an attribution whose content the annotator did not mark: nothing to find
            }
            Span source = roles.get("Source");
            Span cue = roles.get("Cue");
            String quoted = slice(codePoints, content);
            String speaker = source == null ? null : slice(codePoints, source);
            quotes.add(new GoldQuote(isQuoted(quoted) ? "direct" : "indirect", quoted, content.start(), content.end(),
                    speaker, List.of(), List.of(), false, speaker == null ? "none" : resolution(speaker),
                    cue == null ? null : slice(codePoints, cue), source));
        }
        quotes.sort(Comparator.comparingInt(GoldQuote::start).thenComparingInt(GoldQuote::end));
        return new GoldArticle(name, null, null, text, quotes);
    }

    /** "67 202" or, for a span in pieces, "315 448;463 553": from the first start to the last end. */
    private static Span hull(String offsets) {
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (String piece : offsets.split(";")) {
            String[] ends = piece.trim().split(" ");
            start = Math.min(start, Integer.parseInt(ends[0]));
            end = Math.max(end, Integer.parseInt(ends[1]));
        }
        return new Span(start, end);
    }

    private static String slice(int[] codePoints, Span span) {
        return new String(codePoints, span.start(), Math.min(span.end(), codePoints.length) - span.start());
    }

    private static boolean isQuoted(String content) {
        String c = content.strip();
        return !c.isEmpty() && "\"“”'‘’".indexOf(c.charAt(0)) >= 0;
    }

    private static String resolution(String source) {
        return PRONOUNS.contains(source.strip().toLowerCase(java.util.Locale.ROOT)) ? "pronoun" : "named";
    }
}
