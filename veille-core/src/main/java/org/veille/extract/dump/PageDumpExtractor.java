package org.veille.extract.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.veille.extract.BoilerplateText;
import org.veille.extract.TextKey;
import org.veille.extract.Whitespace;
import org.veille.extract.metadata.AuthorFinder;
import org.veille.extract.metadata.DateParser;
import org.veille.model.DecodedDocument;
import org.veille.model.Extraction;
import org.veille.model.PageType;
import org.veille.model.Warning;
import org.veille.pipeline.Outcome;

/**
 * Reads an article out of a plain-text page dump: the text a browser shows, one block per line, with
 * the page furniture still in it. The recipe, each step a rule a careful reader applies:
 * <ol>
 *   <li>a breadcrumb line ("Home » MONDE » headline") gives the section;</li>
 *   <li>the headline is the line the breadcrumb ends with, or a line repeated near the top; copies go;</li>
 *   <li>a byline ("par", "By Jane Doe") gives the authors, a bare "par" none; a date line the date;</li>
 *   <li>furniture lines (related-articles headings, cookie notices, share prompts) go;</li>
 *   <li>short unpunctuated lines between body paragraphs are image captions, kept apart;</li>
 *   <li>what remains, in order, is the body.</li>
 * </ol>
 */
public final class PageDumpExtractor {
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+[»›>/|]\\s+|\\s*[»›]\\s*");
    private static final Pattern BREADCRUMB_START = Pattern.compile(
            "(?i)^(home|accueil|startseite|inicio|home page|homepage|start|portada|strona główna)\\s*[»›>/|]");
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(par|by|von|por|di|door|written by|publié par|posted by)(\\s+(.*))?$");
    /** A line announcing the date: the words say so ("Publié le 12 mars 2024 à 07h45"). */
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)^(publié|publiée|mis à jour|published|updated|posted|veröffentlicht|publicado)\\b.{0,80}$");
    /** A line that may be a bare date ("Le 12 mars 2024", "On 3 June 2023"), or a sentence opening with one. */
    private static final Pattern BARE_DATE_LINE = Pattern.compile("(?i)^(le|on|am|el|il)\\s.{0,60}$");
    /** Words a bare date line may carry after its date: a time ("à 07h45", "at 10:05 am"), nothing more. */
    private static final int MAX_WORDS_AFTER_BARE_DATE = 3;
    private static final int TOP_LINES = 8;
    private static final int MAX_CAPTION_CHARS = 180;

    private final BoilerplateText furniture;
    private final AuthorFinder authors;
    private final DateParser dates;

    public PageDumpExtractor(BoilerplateText furniture, AuthorFinder authors, DateParser dates) {
        this.furniture = furniture;
        this.authors = authors;
        this.dates = dates;
    }

    public Outcome<Extraction> extract(DecodedDocument document) {
        List<String> lines = new ArrayList<>();
        for (String raw : document.text().split("\\r\\n|\\r|\\n")) {
            String line = Whitespace.normalize(raw);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        List<Warning> warnings = new ArrayList<>();
        String section = null;
        String breadcrumbTitle = null;
        int start = 0;
        if (!lines.isEmpty() && isBreadcrumb(lines.get(0))) {
            String[] parts = BREADCRUMB_SEPARATOR.split(lines.get(0));
            if (parts.length >= 3) {
                section = parts[parts.length - 2].trim();
                breadcrumbTitle = parts[parts.length - 1].trim();
            } else if (parts.length == 2) {
                section = parts[1].trim();
            }
            start = 1;
        }

        String title = findTitle(lines, start, breadcrumbTitle);
        List<String> authorNames = List.of();
        String published = null;
        List<String> body = new ArrayList<>();
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals(title)) {
                continue;
            }
            boolean nearTop = body.size() < 2 && i < start + TOP_LINES;
            Matcher byline = BYLINE.matcher(line);
            if (nearTop && line.length() <= 100 && byline.matches()) {
                String names = byline.group(3);
                if (names != null) {
                    authorNames = authors.namesIn(names, null);
                    if (published == null) {
                        published = dates.parse(names, false);
                    }
                }
                continue;
            }
            if (nearTop && published == null) {
                String date = dateLine(line);
                if (date != null) {
                    published = date;
                    continue;
                }
            }
            if (furniture.matches(line)) {
                continue;
            }
            body.add(line);
        }

        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            boolean between = i > 0 && i < body.size() - 1 && isProse(body.get(i - 1)) && isProse(body.get(i + 1));
            if (between && looksLikeCaption(line)) {
                captions.add(line);
            } else {
                paragraphs.add(line);
            }
        }
        if (paragraphs.isEmpty()) {
            warnings.add(new Warning("extract", "no-text", "the page dump has no body text"));
        }
        PageType type = paragraphs.size() >= 2 || letters(paragraphs) >= 300 ? PageType.ARTICLE : PageType.OTHER;
        return Outcome.ok(new Extraction(null, null, type, title, section, authorNames, published, paragraphs,
                captions, "text:page-dump"), warnings);
    }

    /**
     * The date of a date line, or null. A line opening with "Le"/"On" is a date line only when it is
     * the date alone, perhaps with a time: "Le 3 juin 2023, la mairie a fermé la piscine." is the
     * story's first sentence and stays in the body.
     */
    private String dateLine(String line) {
        if (DATE_LINE.matcher(line).matches()) {
            return dates.parse(line, false);
        }
        if (!BARE_DATE_LINE.matcher(line).matches() || endsLikeSentence(line)) {
            return null;
        }
        DateParser.DateMatch match = dates.find(line, false);
        if (match == null) {
            return null;
        }
        String rest = line.substring(match.end()).strip();
        return rest.isEmpty() || rest.split("\\s+").length <= MAX_WORDS_AFTER_BARE_DATE ? match.date() : null;
    }

    private static boolean isBreadcrumb(String line) {
        if (BREADCRUMB_START.matcher(line).find()) {
            return true;
        }
        return line.length() < 300 && (line.split("\\s»\\s", -1).length >= 3 || line.split("\\s›\\s", -1).length >= 3);
    }

    /** The headline: what the breadcrumb ends with, else a line repeated near the top, else a short first line. */
    private static String findTitle(List<String> lines, int start, String breadcrumbTitle) {
        int end = Math.min(lines.size(), start + TOP_LINES);
        for (int i = start; i < end; i++) {
            if (breadcrumbTitle != null && TextKey.of(lines.get(i)).equals(TextKey.of(breadcrumbTitle))) {
                return lines.get(i);
            }
        }
        for (int i = start; i < end; i++) {
            for (int j = i + 1; j < end; j++) {
                if (lines.get(i).length() > 10 && lines.get(i).equals(lines.get(j))) {
                    return lines.get(i);
                }
            }
        }
        if (breadcrumbTitle != null) {
            return breadcrumbTitle;
        }
        if (start < lines.size()) {
            String first = lines.get(start);
            if (first.length() <= 200 && !endsLikeSentence(first) && lines.size() - start > 2) {
                return first;
            }
        }
        return null;
    }

    /** A caption names what a picture shows: short, no closing punctuation, not a quotation, not a heading question. */
    static boolean looksLikeCaption(String line) {
        if (line.length() > MAX_CAPTION_CHARS || endsLikeSentence(line)) {
            return false;
        }
        int first = line.codePointAt(0);
        if (!Character.isUpperCase(first) || "«“\"„‹—–-".indexOf(first) >= 0) {
            return false;
        }
        return line.split("\\s+").length >= 3;
    }

    private static boolean isProse(String line) {
        return line.length() > MAX_CAPTION_CHARS || endsLikeSentence(line);
    }

    private static boolean endsLikeSentence(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return ".!?…:;»”\"')]".indexOf(last) >= 0;
    }


    private static int letters(List<String> paragraphs) {
        int total = 0;
        for (String paragraph : paragraphs) {
            total += paragraph.length();
        }
        return total;
    }
}
