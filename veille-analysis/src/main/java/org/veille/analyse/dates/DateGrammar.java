package org.veille.analyse.dates;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.veille.extract.metadata.DateParser;

/**
 * The date wording of one language: a handful of rules, each a regular expression whose named groups
 * say which part of a date a piece of text is ({@code wd} weekday, {@code d} day, {@code m} month name,
 * {@code mm} month number, {@code y} year, {@code rel} "dernier"/"next", {@code n} and {@code u} a
 * count of units, {@code k} a deictic word such as "hier", {@code x} the part of the match that is the
 * expression when context words around it are only there to license it).
 *
 * <p>All rules run over the text; where matches overlap the longest wins ("mardi 21 février" over
 * "mardi"). Context is demanded where a word is ambiguous: an English "May" or a French "Mars" counts
 * as a month only with a day, a year or a preposition beside it.
 */
public final class DateGrammar {
    private static final String START = "(?<![\\p{L}\\p{N}])";
    /** How far before a date a past verb counts as the date's own: one or two words. */
    private static final int NEAR_CHARS = 16;
    private static final String END = "(?![\\p{L}\\p{N}])";
    private static final String YEAR = "(?<y>1[89]\\d\\d|20\\d\\d)";
    private static final String ISO = START + "(?<y>1[89]\\d\\d|20\\d\\d)-(?<mm>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])" + END;

    /** The languages with a grammar. */
    static final Set<String> LANGUAGES = Set.of("fr", "en");
    /** Month names and abbreviations of every language, shared with page-date reading. */
    private static final DateParser MONTHS = new DateParser();
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]");
    private static final Pattern LAST = Pattern.compile(".* (dernier|dernière|passé|passée)|last .*");
    private static final Pattern NEXT = Pattern.compile(".* (prochain|prochaine)|next .*");

    private final List<Rule> rules;
    private final Map<String, DayOfWeek> weekdays;
    private final Map<String, Integer> numbers;
    private final Pattern future;
    private final Pattern past;
    /** "depuis", "since" just before the expression: the date is behind us. */
    private final Pattern since;

    private DateGrammar(List<Rule> rules, Map<String, DayOfWeek> weekdays, Map<String, Integer> numbers, Pattern future,
                        Pattern past, Pattern since) {
        this.rules = rules;
        this.weekdays = weekdays;
        this.numbers = numbers;
        this.future = future;
        this.past = past;
        this.since = since;
    }

    /** The grammar for a language code, or null when Veille has none for it. */
    public static DateGrammar forLanguage(String language) {
        return switch (language == null ? "" : language) {
            case "fr" -> french();
            case "en" -> english();
            default -> null;
        };
    }

    /** The date expressions of {@code text}, in reading order, none overlapping. */
    List<WrittenDate> find(String text) {
        List<WrittenDate> all = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern.matcher(text);
            while (m.find()) {
                WrittenDate date = read(m, rule);
                if (date != null) {
                    all.add(date);
                }
            }
        }
        all.sort(Comparator.comparingInt(WrittenDate::length).reversed().thenComparingInt(WrittenDate::start));
        List<WrittenDate> kept = new ArrayList<>();
        for (WrittenDate date : all) {
            if (kept.stream().noneMatch(k -> k.start() < date.end() && date.start() < k.end())) {
                kept.add(date);
            }
        }
        kept.sort(Comparator.comparingInt(WrittenDate::start));
        return kept;
    }

    /**
     * The tense of the sentence around {@code [start, end)}: past right after "depuis"/"since", future
     * with a future auxiliary or tense ("aura lieu", "will travel"), past with a past auxiliary or a
     * verb of reporting in the past ("a annoncé", "said"), else unknown.
     */
    Tense tenseAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        if (since.matcher(text).region(from, start).find()) {
            return Tense.PAST;
        }
        // A past verb right before the date is its own ("Chief Jordan said Monday"), whatever else the
        // sentence says of the future.
        int near = Math.max(from, start - NEAR_CHARS);
        if (past.matcher(text).region(near, start).find() && !future.matcher(text).region(near, start).find()) {
            return Tense.PAST;
        }
        if (future.matcher(text).region(from, to).find()) {
            return Tense.FUTURE;
        }
        return past.matcher(text).region(from, to).find() ? Tense.PAST : Tense.UNKNOWN;
    }

    private WrittenDate read(Matcher m, Rule rule) {
        boolean span = rule.has("x");
        int start = span ? m.start("x") : m.start();
        int end = span ? m.end("x") : m.end();
        String text = m.group().substring(start - m.start(), end - m.start());
        if (rule.kind() == Kind.DEICTIC) {
            return deictic(text, start, end, key(m.group("k")));
        }
        if (rule.kind() == Kind.COUNT) {
            Integer n = number(m.group("n"));
            ChronoUnit unit = unit(m.group("u"));
            return n == null || unit == null ? null : WrittenDate.shift(text, start, end, unit, rule.sign() * n);
        }
        String y = rule.group(m, "y");
        String monthName = rule.group(m, "m");
        String monthNumber = rule.group(m, "mm");
        String d = rule.group(m, "d");
        String wd = rule.group(m, "wd");
        String rel = rule.group(m, "rel");
        if (rule.kind() == Kind.CONTEXT_MONTH && rel == null && rule.group(m, "pre") == null && rule.group(m, "pre2") == null
                && rule.group(m, "mod") == null) {
            return null;
        }
        Integer month = monthNumber != null ? Integer.valueOf(monthNumber) : null;
        if (monthName != null) {
            int named = MONTHS.month(monthName);
            month = named == 0 ? null : named;
        }
        Relation relation = rule.group(m, "this") != null ? Relation.THIS : relation(rel);
        return WrittenDate.calendar(text, start, end, y == null ? null : Integer.valueOf(y), month, d == null ? null : day(d),
                wd == null ? null : weekdays.get(key(wd)), relation);
    }

    private static Relation relation(String word) {
        if (word == null) {
            return Relation.NEAREST;
        }
        return switch (key(word)) {
            case "dernier", "dernière", "passé", "passée", "last" -> Relation.LAST;
            case "prochain", "prochaine", "next" -> Relation.NEXT;
            case "ce", "cette", "this" -> Relation.THIS;
            default -> Relation.NEAREST;
        };
    }

    private WrittenDate deictic(String text, int start, int end, String key) {
        int amount = 0;
        if (LAST.matcher(key).matches()) {
            amount = -1;
        } else if (NEXT.matcher(key).matches()) {
            amount = 1;
        }
        ChronoUnit unit;
        if (key.contains("semaine") || key.endsWith("week")) {
            unit = ChronoUnit.WEEKS;
        } else if (key.contains("mois") || key.endsWith("month")) {
            unit = ChronoUnit.MONTHS;
        } else if (key.startsWith("l'an") || key.contains("année") || key.endsWith("year")) {
            unit = ChronoUnit.YEARS;
        } else {
            unit = ChronoUnit.DAYS;
            amount = switch (key) {
                case "hier", "yesterday", "last night" -> -1;
                case "avant-hier", "the day before yesterday" -> -2;
                case "demain", "tomorrow" -> 1;
                case "après-demain", "the day after tomorrow" -> 2;
                default -> 0;
            };
        }
        return WrittenDate.shift(text, start, end, unit, amount);
    }

    private Integer number(String word) {
        String k = key(word);
        return k.chars().allMatch(Character::isDigit) ? Integer.valueOf(k) : numbers.get(k);
    }

    private static ChronoUnit unit(String word) {
        String k = key(word);
        if (k.startsWith("jour") || k.startsWith("day")) {
            return ChronoUnit.DAYS;
        }
        if (k.startsWith("semaine") || k.startsWith("week")) {
            return ChronoUnit.WEEKS;
        }
        if (k.startsWith("mois") || k.startsWith("month")) {
            return ChronoUnit.MONTHS;
        }
        if (k.startsWith("an") || k.startsWith("year")) {
            return ChronoUnit.YEARS;
        }
        return null;
    }

    private static Integer day(String word) {
        String digits = NON_DIGITS.matcher(word).replaceAll("");
        return digits.isEmpty() ? 1 : Integer.valueOf(digits); // "1er", "premier"
    }

    private static String key(String word) {
        return SPACES.matcher(word.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ").trim();
    }

    private enum Kind { CALENDAR, CONTEXT_MONTH, DEICTIC, COUNT }

    /**
     * One pattern and how to read its match; {@code sign} orders a count ("il y a" -1, "dans" +1);
     * {@code groups} are the pattern's named groups, read once.
     */
    private record Rule(Pattern pattern, Kind kind, int sign, Set<String> groups) {
        private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

        static Rule of(Kind kind, String regex, boolean caseInsensitive) {
            return build(kind, regex, 0, caseInsensitive);
        }

        static Rule count(String regex, int sign, boolean caseInsensitive) {
            return build(Kind.COUNT, regex, sign, caseInsensitive);
        }

        private static Rule build(Kind kind, String regex, int sign, boolean caseInsensitive) {
            int flags = caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
            Set<String> groups = new java.util.HashSet<>();
            GROUP_NAME.matcher(regex).results().forEach(r -> groups.add(r.group(1)));
            return new Rule(Pattern.compile(regex, flags), kind, sign, Set.copyOf(groups));
        }

        boolean has(String group) {
            return groups.contains(group);
        }

        /** The named group's text, or null when the pattern has no such group or it did not take part. */
        String group(Matcher m, String name) {
            return groups.contains(name) ? m.group(name) : null;
        }
    }

    private static DateGrammar french() {
        String wd = "(?<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
        String day = "(?<d>1er|premier|[12]\\d|3[01]|0?[1-9])";
        String month = "(?<m>janvier|janv\\.|février|fevrier|févr\\.|mars|avril|avr\\.|mai|juin|juillet|juil\\.|août|aout"
                + "|septembre|sept\\.|octobre|oct\\.|novembre|nov\\.|décembre|decembre|déc\\.)";
        String rel = "(?:\\s+(?<rel>dernier|dernière|prochain|prochaine|passé|passée))?";
        String number = "(?<n>\\d{1,3}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze"
                + "|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent)";
        String unit = "(?<u>jours?|semaines?|mois|ans?|années?)";
        String notAmount = "(?!\\s*(?:%|€|\\$|euros?|dollars?|habitants|personnes|morts|km|kilomètres|mètres|tonnes))";
        List<Rule> rules = List.of(
                Rule.of(Kind.CALENDAR, START + "(?:" + wd + ",?\\s+)?" + day + "\\s+" + month + "(?:,?\\s+" + YEAR + ")?" + rel + END, true),
                Rule.of(Kind.CALENDAR, START + "(?:(?:début|fin|mi-|courant)\\s*)?" + month + ",?\\s+" + YEAR + END, true),
                Rule.of(Kind.CONTEXT_MONTH, START + "(?:(?<pre>en|depuis|dès|jusqu['’]en|d['’]ici|avant|après|pour|mois\\s+de|mois\\s+d['’])\\s+)?"
                        + "(?<x>(?:(?<mod>début|fin|mi-|courant)\\s*)?" + month + rel + ")" + END, true),
                Rule.of(Kind.CALENDAR, START + "(?<d>0?[1-9]|[12]\\d|3[01])[/.](?<mm>0?[1-9]|1[0-2])[/.]" + YEAR + END, false),
                Rule.of(Kind.CALENDAR, ISO, false),
                Rule.of(Kind.CALENDAR, START + "(?:(?<this>ce)\\s+)?" + wd + "(?:\\s+(?:matin|soir|après-midi|midi))?" + rel + END, true),
                Rule.of(Kind.CALENDAR, "(?<=(?:en|depuis|dès|jusqu['’]en|avant|après|fin|début|courant|d['’]ici|l['’]année|l['’]an)\\s)"
                        + YEAR + END + notAmount, true),
                Rule.of(Kind.DEICTIC, START + "(?<k>aujourd['’]hui|avant-hier|après-demain|hier|demain|ce\\s+matin|ce\\s+soir|cette\\s+nuit"
                        + "|cet\\s+après-midi|cette\\s+semaine|(?:la\\s+)?semaine\\s+(?:dernière|passée|prochaine)|ce\\s+mois(?:-ci)?"
                        + "|(?:le\\s+)?mois\\s+(?:dernier|passé|prochain)|cette\\s+année|l['’]an(?:née)?\\s+(?:dernier|dernière|passé|passée|prochain|prochaine))" + END, true),
                Rule.count(START + "il\\s+y\\s+a\\s+" + number + "\\s+" + unit + END, -1, true),
                Rule.count(START + "dans\\s+" + number + "\\s+" + unit + END, 1, true));
        Map<String, DayOfWeek> weekdays = Map.of("lundi", DayOfWeek.MONDAY, "mardi", DayOfWeek.TUESDAY, "mercredi", DayOfWeek.WEDNESDAY,
                "jeudi", DayOfWeek.THURSDAY, "vendredi", DayOfWeek.FRIDAY, "samedi", DayOfWeek.SATURDAY, "dimanche", DayOfWeek.SUNDAY);
        Map<String, Integer> numbers = Map.ofEntries(Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
                Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7), Map.entry("huit", 8),
                Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("treize", 13),
                Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("seize", 16), Map.entry("vingt", 20), Map.entry("trente", 30),
                Map.entry("quarante", 40), Map.entry("cinquante", 50), Map.entry("soixante", 60), Map.entry("cent", 100));
        // The future: a near-future auxiliary, "prévu", or a future-tense verb after a subject clitic.
        Pattern future = Pattern.compile(START + "(?:va|vont|devra|devront|sera|seront|aura|auront|doit|doivent|prévue?s?"
                + "|(?:il|elle|on|ils|elles|qui|se|s['’]|y|en|ne|nous|vous|je|j['’])\\s*\\p{L}+r(?:a|ont|ai|ons|ez))" + END,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // Past: a compound past, "a annoncé", "avait déjà dit", "étaient partis".
        Pattern past = Pattern.compile(START + "(?:a|ont|avait|avaient|était|étaient)\\s+(?:\\p{L}+\\s+)?"
                + "\\p{L}+(?:é|ée|és|ées|i|is|it|u|ue|us|ert|int)" + END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Pattern since = Pattern.compile(START + "(?:depuis(?:\\s+le)?|dès(?:\\s+le)?|jusqu['’](?:au|à)|entre\\s+le)\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new DateGrammar(rules, weekdays, numbers, future, past, since);
    }

    private static DateGrammar english() {
        String wd = "(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
        String day = "(?<d>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
        String month = "(?<m>January|February|March|April|May|June|July|August|September|October|November|December"
                + "|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
        String notTime = "(?!\\s*(?:%|:|percent|million|billion|people))";
        String number = "(?<n>\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)";
        String unit = "(?<u>days?|weeks?|months?|years?)";
        String notAmount = "(?!\\s*(?:%|percent|people|dollars|million|billion|votes))";
        List<Rule> rules = List.of(
                Rule.of(Kind.CALENDAR, START + "(?:" + wd + ",?\\s+)?" + month + "\\s+" + day + END + notTime + "(?:,?\\s+" + YEAR + END + ")?", false),
                Rule.of(Kind.CALENDAR, START + "(?:" + wd + ",?\\s+)?(?:the\\s+)?" + day + "\\s+(?:of\\s+)?" + month + "(?:,?\\s+" + YEAR + ")?" + END, false),
                Rule.of(Kind.CALENDAR, START + month + ",?\\s+" + YEAR + END + notAmount, false),
                Rule.of(Kind.CONTEXT_MONTH, START + "(?:(?<pre2>(?i:in|since|by|until|till|through|during|before|after|from|of|early|late))\\s+)?"
                        + "(?<x>(?<pre>mid-)?(?:(?<rel>last|next|this)\\s+)?" + month + ")" + END + "(?!['’]s)", false),
                Rule.of(Kind.CALENDAR, ISO, false),
                Rule.of(Kind.CALENDAR, START + "(?<!News\\s)(?:(?<rel>last|next|this)\\s+)?" + wd + "(?:\\s+(?:morning|afternoon|evening|night))?" + END, false),
                Rule.of(Kind.CALENDAR, "(?<=(?i:in|since|by|until|before|after|from|during|early|late|mid-)[\\s-]?)" + YEAR + END + notAmount, false),
                // A year as a modifier: "the 2016 campaign", "his 2012 book".
                Rule.of(Kind.CALENDAR, "(?<=(?i:the|a|an|his|her|their|its|this|that|our)\\s)" + YEAR + END + notAmount + "(?=\\s+\\p{Ll})", false),
                Rule.of(Kind.DEICTIC, START + "(?<!USA\\s)(?<k>(?i:today|tonight|yesterday|tomorrow|this\\s+(?:morning|afternoon|evening)|last\\s+night"
                        + "|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|(?:earlier|later)\\s+this\\s+(?:week|month|year)"
                        + "|(?:this|last|next)\\s+(?:week|month|year)))" + END, false),
                Rule.count("(?<![\\p{L}\\p{N}-])" + number + "\\s+" + unit + "\\s+ago" + END, -1, true));
        Map<String, DayOfWeek> weekdays = new java.util.HashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            weekdays.put(d.name().toLowerCase(Locale.ROOT), d);
        }
        Map<String, Integer> numbers = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
                Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
                Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
                Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50));
        Pattern future = Pattern.compile(START + "(?:will|won['’]t|shall|['’]ll|(?:is|are)\\s+(?:due|set|scheduled|expected|slated|going)\\s+to"
                + "|plans?\\s+to|upcoming)" + END, Pattern.CASE_INSENSITIVE);
        Pattern past = Pattern.compile(START + "(?:was|were|had|did|said|told|announced|reported|wrote|released|published|called"
                + "|began|took|ago|earlier|last)" + END, Pattern.CASE_INSENSITIVE);
        Pattern since = Pattern.compile(START + "(?:since|between|from)\\s*$", Pattern.CASE_INSENSITIVE);
        return new DateGrammar(rules, Map.copyOf(weekdays), numbers, future, past, since);
    }
}
