package org.veille.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.veille.model.Analysis;
import org.veille.model.ArticleRecord;
import org.veille.model.Entity;
import org.veille.model.EntityType;
import org.veille.model.Extraction;
import org.veille.model.LanguageProfile;
import org.veille.model.Mention;
import org.veille.model.PageType;
import org.veille.model.Quote;
import org.veille.model.QuoteKind;
import org.veille.model.Source;
import org.veille.model.SourceFormat;

/**
 * A synthetic corpus of analysed articles for {@code veille bench store}, written from templates in
 * this class (never from evaluation data): French and English stories of 500 to 900 words over one
 * year, 10 to 25 entities and 5 to 15 quotations each, speakers drawn from a Zipf-like pool of a few
 * thousand names (a few people speak in many stories, most in one or two), some exact and near
 * copies (a credit line added) of earlier stories at other addresses.
 *
 * <p>Article {@code n} depends only on the seed and {@code n}, so a corpus streams in any size
 * without being held in memory, and the same seed gives the same corpus on every run and machine.
 * Offsets are those the pipeline would give: entities' mentions and quotations located in
 * {@link Extraction#text()} (all text keeps to the Basic Multilingual Plane, where chars and code
 * points agree).
 */
final class SyntheticArticles {
    /** Shares of stories republished elsewhere: whole (same text) and edited (a credit line added). */
    static final double EXACT_COPIES = 0.02;
    static final double NEAR_COPIES = 0.03;
    /** People in the pool; ranks are drawn log-uniformly, so rank r is picked about 1/r as often. */
    static final int PEOPLE = 4000;
    static final int ORGANISATIONS = 600;
    static final int PLACES = 400;
    static final int FIRST_DAY = (int) LocalDate.of(2023, 1, 1).toEpochDay();
    static final int DAYS = 365;

    private static final String[] SYLLABLES = {"ba", "ko", "ri", "lan", "mer", "vi", "dor", "sa", "tel", "nov", "ka", "lu",
            "pe", "tro", "min", "gal", "ser", "dé", "mon", "char", "bel", "vé", "ros", "ta", "ni", "zu", "fa", "len", "gor", "hal"};
    private static final String[] FIRST_NAMES = {"Pavel", "Viktor", "Anna", "Marie", "Jean", "Olga", "Hélène", "John", "Sarah",
            "David", "Élise", "Karim", "Nadia", "Thomas", "Laura", "Igor", "Sofia", "Ahmed", "Léa", "James", "Claire", "Mikhail",
            "Amélie", "Robert", "Fatima", "Lucas", "Emma", "Oleksandr", "Inès", "Peter", "Yasmine", "François", "Grace", "Omar",
            "Chloé", "Daniel", "Irina", "Mathieu", "Helen", "Sergei"};
    private static final String[] ORG_FORMS_FR = {"ministère de la %s", "Banque de %s", "Conseil de %s", "Union des %s",
            "Agence %s", "Parti %s", "Fondation %s"};
    private static final String[] ORG_FORMS_EN = {"%s Ministry", "Bank of %s", "%s Council", "%s Union", "%s Agency",
            "%s Party", "%s Foundation"};

    private static final String[][] OUTLETS = {
            {"fr", "journal.example"}, {"fr", "www.quotidien.example"}, {"fr", "lematin.example"}, {"fr", "regions.example"},
            {"fr", "www.lexpress-du-soir.example"}, {"fr", "info-continu.example"}, {"fr", "gazette-du-nord.example"},
            {"fr", "www.economie-hebdo.example"}, {"en", "gazette.example"}, {"en", "www.dailyrecord.example"},
            {"en", "newsroom.example"}, {"en", "www.theherald.example"}, {"en", "wire-service.example"},
            {"en", "observer.example"}, {"en", "www.financial-daily.example"}, {"en", "metro-times.example"}};
    private static final String[] SECTIONS = {"monde", "politique", "economie", "culture", "sport", "world", "politics",
            "business", "science", "opinion"};

    private static final Lexicon FRENCH = new Lexicon(
            words("gouvernement ministre armée frontière réforme budget élection accord sommet crise négociation enquête tribunal "
                    + "hôpital école entreprise marché croissance inflation énergie électricité gaz pétrole prix salaire grève "
                    + "manifestation syndicat député sénat loi projet rapport commission décision sanction embargo alliance "
                    + "offensive cessez-le-feu réfugiés frontières élus maire région département ville village port usine "
                    + "agriculteurs récolte sécheresse tempête inondation climat émissions transition mobilisation réservistes "
                    + "soldats exercices troupes diplomate ambassade délégation visite conférence presse déclaration communiqué"),
            words("annonce confirme rejette propose prépare examine dénonce soutient critique accélère suspend relance "
                    + "attend refuse promet négocie organise finance réduit augmente prolonge signe publie observe"),
            words("nouveau importante grave partielle européenne nationale internationale économique politique militaire "
                    + "sociale locale historique prochaine récente difficile ambitieuse fragile majeure inédite"),
            words("le la les un une des du de au aux ce cette ces son sa ses leur"),
            words("selon après avant pendant malgré contre depuis vers sans avec sous entre lors"),
            new String[] {"a déclaré", "a affirmé", "a expliqué", "a assuré", "a estimé", "a confié", "a souligné"},
            new String[] {"un diplomate", "une source proche du dossier", "un responsable", "un habitant", "une porte-parole"},
            words("lundi mardi mercredi jeudi vendredi samedi dimanche"),
            "« %s », %s %s.", " que ");
    private static final Lexicon ENGLISH = new Lexicon(
            words("government minister army border reform budget election agreement summit crisis talks inquiry court hospital "
                    + "school company market growth inflation energy electricity gas oil prices wages strike protest union lawmaker "
                    + "senate bill plan report commission decision sanctions embargo alliance offensive ceasefire refugees "
                    + "officials mayor region county city village port factory farmers harvest drought storm flooding climate "
                    + "emissions transition mobilisation reservists soldiers exercises troops diplomat embassy delegation visit "
                    + "conference statement spokesman investors shareholders regulators"),
            words("announced confirmed rejected proposed prepares examines denounced supports criticised accelerates suspended "
                    + "revived awaits refuses promised negotiates organised funded reduced raised extended signed published observed"),
            words("new major serious partial european national international economic political military social local historic "
                    + "upcoming recent difficult ambitious fragile unprecedented"),
            words("the the the a an this that these its their his her"),
            words("after before during despite against since towards without with under between amid"),
            new String[] {"said", "told reporters", "explained", "insisted", "warned", "added", "stressed"},
            new String[] {"a diplomat", "a source close to the talks", "an official", "a resident", "a spokeswoman"},
            words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
            "\"%s,\" %s %s.", " that ");

    private final long seed;
    private final String[] people = new String[PEOPLE];
    private final String[] organisationsFr = new String[ORGANISATIONS];
    private final String[] organisationsEn = new String[ORGANISATIONS];
    private final String[] places = new String[PLACES];

    SyntheticArticles(long seed) {
        this.seed = seed;
        SplittableRandom names = new SplittableRandom(seed);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < PEOPLE; i++) {
            String name;
            do {
                name = FIRST_NAMES[names.nextInt(FIRST_NAMES.length)] + " " + capitalise(coined(names, 2 + names.nextInt(2)));
            } while (!seen.add(name));
            people[i] = name;
        }
        for (int i = 0; i < PLACES; i++) {
            String name;
            do {
                name = capitalise(coined(names, 2 + names.nextInt(2)));
            } while (!seen.add(name));
            places[i] = name;
        }
        for (int i = 0; i < ORGANISATIONS; i++) {
            int form = names.nextInt(ORG_FORMS_FR.length);
            String root = capitalise(coined(names, 2 + names.nextInt(2)));
            organisationsFr[i] = capitalise(String.format(Locale.ROOT, ORG_FORMS_FR[form], root));
            organisationsEn[i] = String.format(Locale.ROOT, ORG_FORMS_EN[form], root);
        }
    }

    /** The {@code rank}-th most quoted person (0 is the most quoted). */
    String person(int rank) {
        return people[rank];
    }

    String place(int index) {
        return places[index];
    }

    /** A word the stories of {@code language} use, for queries. */
    String word(String language, int index) {
        String[] nouns = ("fr".equals(language) ? FRENCH : ENGLISH).nouns;
        return nouns[Math.floorMod(index, nouns.length)];
    }

    /** Article {@code n} (from 0) of this corpus. */
    ArticleRecord article(int n) {
        SplittableRandom random = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + n));
        double copy = random.nextDouble();
        if (n > 0 && copy < EXACT_COPIES + NEAR_COPIES) {
            // Copies are made of stories only (a copy of a copy is its original, seen a third time).
            int original = Math.max(0, n - 1 - random.nextInt(Math.min(n, 2000)));
            while (original > 0 && isCopy(original)) {
                original--;
            }
            return republished(n, original, copy >= EXACT_COPIES, random);
        }
        return story(n, random);
    }

    private boolean isCopy(int n) {
        return n > 0 && new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + n)).nextDouble() < EXACT_COPIES + NEAR_COPIES;
    }

    /** An earlier story republished at another outlet, whole or with a few words changed. */
    private ArticleRecord republished(int n, int original, boolean edited, SplittableRandom random) {
        ArticleRecord source = article(original);
        Extraction e = source.extraction();
        List<String> paragraphs = new ArrayList<>(e.paragraphs());
        String language = source.language().language();
        if (edited) {
            // A credit line added at the end, as agencies' clients do: every offset before it stays true.
            paragraphs.add("fr".equals(language) ? "Avec l'agence " + capitalise(coined(random, 3)) + " et la rédaction."
                    : "Reporting by " + capitalise(coined(random, 3)) + "; editing by the " + SECTIONS[random.nextInt(SECTIONS.length)] + " desk.");
        }
        String url = "https://" + outletFor(language, random) + "/depeches/" + n + "-" + slug(e.title());
        Extraction copy = new Extraction(url, null, PageType.ARTICLE, e.title(), e.section(), List.of(), e.published(),
                paragraphs, List.of(), "synthetic");
        return new ArticleRecord(id(n), new Source(url, SourceFormat.HTML, "utf-8", copy.text().length() * 3L), copy,
                source.language(), source.analysis(), List.of(), null);
    }

    private ArticleRecord story(int n, SplittableRandom random) {
        boolean french = random.nextInt(100) < 55;
        String language = french ? "fr" : "en";
        Lexicon lex = french ? FRENCH : ENGLISH;

        // The cast: people (speakers among them), organisations, places; each mentioned at least once.
        int castSize = 10 + random.nextInt(16);
        List<String> names = new ArrayList<>();
        List<EntityType> types = new ArrayList<>();
        Set<String> cast = new HashSet<>();
        while (names.size() < castSize) {
            int kind = random.nextInt(10);
            String name;
            EntityType type;
            if (kind < 4) {
                name = people[zipf(random, PEOPLE)];
                type = EntityType.PERSON;
            } else if (kind < 7) {
                int org = zipf(random, ORGANISATIONS);
                name = french ? organisationsFr[org] : organisationsEn[org];
                type = EntityType.ORGANIZATION;
            } else {
                name = places[zipf(random, PLACES)];
                type = EntityType.LOCATION;
            }
            if (cast.add(name)) {
                names.add(name);
                types.add(type);
            }
        }
        List<Integer> speakers = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (types.get(i) == EntityType.PERSON) {
                speakers.add(i);
            }
        }
        if (speakers.isEmpty()) {
            names.set(0, people[zipf(random, PEOPLE)]);
            types.set(0, EntityType.PERSON);
            speakers.add(0);
        }

        Text text = new Text(names.size());
        int targetWords = 500 + random.nextInt(351); // the last sentences, mentioning the whole cast, add a little
        int quoteCount = 5 + random.nextInt(11);
        // Quotations spread over the story: about one sentence in (sentences it will have / quotations).
        int sentencesExpected = Math.max(quoteCount + 1, targetWords / 20);
        int nextMention = 0;
        List<String> paragraphs = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        // Until long enough, with every quotation written and every entity mentioned.
        while (text.words < targetWords || quotes.size() < quoteCount || nextMention < names.size()) {
            StringBuilder paragraph = text.startParagraph(paragraphs.isEmpty());
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0 && text.words >= targetWords && quotes.size() >= quoteCount && nextMention >= names.size()) {
                    break;
                }
                if (s > 0) {
                    text.append(paragraph, " ");
                }
                if (quotes.size() < quoteCount && (text.words >= targetWords || random.nextInt(sentencesExpected) < quoteCount)) {
                    quotes.add(quotation(lex, text, paragraph, names, speakers, random));
                } else {
                    nextMention = sentence(lex, text, paragraph, names, nextMention, random);
                }
            }
            paragraphs.add(paragraph.toString());
        }

        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            entities.add(new Entity("e" + (i + 1), names.get(i), types.get(i), text.mentions.get(i)));
        }
        int day = FIRST_DAY + random.nextInt(DAYS);
        String published = String.format(Locale.ROOT, "%sT%02d:%02d:00%s", LocalDate.ofEpochDay(day),
                6 + random.nextInt(16), random.nextInt(60), french ? "+01:00" : "Z");
        String title = capitalise(lex.noun(random) + " " + lex.adjective(random) + " : " + names.get(0) + " "
                + lex.verb(random) + " " + lex.determiner(random) + " " + lex.noun(random));
        if (!french) {
            title = title.replace(" : ", ": ");
        }
        String section = SECTIONS[random.nextInt(SECTIONS.length)];
        String url = "https://" + outletFor(language, random) + "/" + section + "/" + LocalDate.ofEpochDay(day)
                .toString().replace('-', '/') + "/" + slug(title) + "-" + n;
        Extraction extraction = new Extraction(url, null, PageType.ARTICLE, title, section, List.of(), published,
                paragraphs, List.of(), "synthetic");
        return new ArticleRecord(id(n), new Source(url, SourceFormat.HTML, "utf-8", extraction.text().length() * 3L),
                extraction, new LanguageProfile(language, List.of(), List.of()),
                new Analysis(entities, quotes, List.of()), List.of(), null);
    }

    /** A sentence of narration naming the next entity of the cast (so each is mentioned), sometimes two. */
    private static int sentence(Lexicon lex, Text text, StringBuilder paragraph, List<String> names, int nextMention,
                                SplittableRandom random) {
        int named = nextMention % names.size();
        text.append(paragraph, capitalise(lex.determiner(random)) + " " + lex.noun(random) + " " + lex.adjective(random) + " ");
        text.mention(paragraph, named, names.get(named));
        text.append(paragraph, " " + lex.verb(random) + " " + lex.determiner(random) + " " + lex.noun(random));
        int extra = 3 + random.nextInt(10);
        for (int w = 0; w < extra; w++) {
            text.append(paragraph, " " + lex.filler(random));
        }
        // A second name: the next of a large cast (so that all are named within the story's length), else anyone.
        boolean largeCast = names.size() > 12;
        if (largeCast || random.nextInt(3) == 0) {
            int other = largeCast ? (nextMention + 1) % names.size() : random.nextInt(names.size());
            text.append(paragraph, " " + lex.preposition(random) + " ");
            text.mention(paragraph, other, names.get(other));
        }
        text.append(paragraph, " " + lex.day(random) + ".");
        return nextMention + (largeCast ? 2 : 1);
    }

    /** A quotation, direct or indirect, by a person of the cast or an unnamed source. */
    private static Quote quotation(Lexicon lex, Text text, StringBuilder paragraph, List<String> names,
                                   List<Integer> speakers, SplittableRandom random) {
        boolean unnamed = random.nextInt(8) == 0;
        int speaker = speakers.get(zipf(random, speakers.size()));
        String cue = lex.cues[random.nextInt(lex.cues.length)];
        boolean direct = random.nextInt(3) > 0;
        // The quoted words: narration, sometimes naming another entity of the cast.
        StringBuilder said = new StringBuilder(lex.determiner(random) + " " + lex.noun(random) + " " + lex.adjective(random));
        int length = 6 + random.nextInt(14);
        for (int w = 0; w < length; w++) {
            said.append(' ').append(lex.filler(random));
        }
        Integer namedInside = random.nextInt(3) == 0 ? random.nextInt(names.size()) : null;
        String quoted = said.toString();
        String source = unnamed ? lex.unnamed[random.nextInt(lex.unnamed.length)] : names.get(speaker);
        int start;
        int end;
        Mention speakerMention = null;
        if (direct) {
            String[] form = lex.directForm.split("%s", -1); // « ", " cue " name "."
            text.append(paragraph, form[0]);
            start = text.offset();
            text.append(paragraph, capitalise(quoted));
            if (namedInside != null) {
                text.append(paragraph, " " + lex.preposition(random) + " ");
                text.mention(paragraph, namedInside, names.get(namedInside));
            }
            end = text.offset();
            text.append(paragraph, form[1] + cue + form[2]);
            speakerMention = unnamed ? null : text.mention(paragraph, speaker, source);
            if (unnamed) {
                text.append(paragraph, source);
            }
            text.append(paragraph, form[3]);
        } else {
            if (unnamed) {
                text.append(paragraph, capitalise(source));
            } else {
                speakerMention = text.mention(paragraph, speaker, source);
            }
            text.append(paragraph, " " + cue + lex.reported);
            start = text.offset();
            text.append(paragraph, quoted);
            if (namedInside != null) {
                text.append(paragraph, " " + lex.preposition(random) + " ");
                text.mention(paragraph, namedInside, names.get(namedInside));
            }
            end = text.offset();
            text.append(paragraph, ".");
        }
        String quote = text.slice(start, end);
        return new Quote(quote, direct ? QuoteKind.DIRECT : QuoteKind.INDIRECT, source, unnamed ? null : "e" + (speaker + 1),
                speakerMention, cue, start, end, false, 0.9);
    }

    private String outletFor(String language, SplittableRandom random) {
        while (true) {
            String[] outlet = OUTLETS[random.nextInt(OUTLETS.length)];
            if (outlet[0].equals(language)) {
                return outlet[1];
            }
        }
    }

    private String id(int n) {
        return String.format(Locale.ROOT, "%016x", mix(seed * 31 + n));
    }

    /** A rank in [0, n): log-uniform, so small ranks are far likelier (rank r about 1/r as often). */
    static int zipf(SplittableRandom random, int n) {
        return Math.min(n - 1, (int) Math.floor(Math.exp(random.nextDouble() * Math.log(n + 1)) - 1));
    }

    private static String coined(SplittableRandom random, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    private static String[] words(String list) {
        return list.trim().split("\\s+");
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The body being written: its length so far (offsets count the blank line between paragraphs) and mentions. */
    private static final class Text {
        private final List<List<Mention>> mentions = new ArrayList<>();
        private final StringBuilder all = new StringBuilder();
        private int words;
        private boolean inWord;

        Text(int entities) {
            for (int i = 0; i < entities; i++) {
                mentions.add(new ArrayList<>());
            }
        }

        StringBuilder startParagraph(boolean first) {
            if (!first) {
                all.append(Extraction.PARAGRAPH_SEPARATOR);
                inWord = false;
            }
            return new StringBuilder();
        }

        void append(StringBuilder paragraph, String s) {
            paragraph.append(s);
            all.append(s);
            for (int i = 0; i < s.length(); i++) {
                boolean letter = Character.isLetterOrDigit(s.charAt(i));
                if (letter && !inWord) {
                    words++; // words as runs of letters and digits, as the index and near-duplicate signatures see them
                }
                inWord = letter;
            }
        }

        Mention mention(StringBuilder paragraph, int entity, String name) {
            int start = all.length();
            append(paragraph, name);
            Mention mention = new Mention(name, start, all.length());
            mentions.get(entity).add(mention);
            return mention;
        }

        int offset() {
            return all.length();
        }

        String slice(int start, int end) {
            return all.substring(start, end);
        }
    }

    /** The words of one language's stories, and how its quotations are written. */
    private record Lexicon(String[] nouns, String[] verbs, String[] adjectives, String[] determiners, String[] prepositions,
                           String[] cues, String[] unnamed, String[] days, String directForm, String reported) {
        String noun(SplittableRandom r) {
            return nouns[zipf(r, nouns.length)];
        }

        String verb(SplittableRandom r) {
            return verbs[r.nextInt(verbs.length)];
        }

        String adjective(SplittableRandom r) {
            return adjectives[r.nextInt(adjectives.length)];
        }

        String determiner(SplittableRandom r) {
            return determiners[r.nextInt(determiners.length)];
        }

        String preposition(SplittableRandom r) {
            return prepositions[r.nextInt(prepositions.length)];
        }

        String day(SplittableRandom r) {
            return days[r.nextInt(days.length)];
        }

        /** Any word of narration; now and then a coined one, so the vocabulary keeps growing as real news does. */
        String filler(SplittableRandom r) {
            int pick = r.nextInt(20);
            if (pick == 0) {
                return coined(r, 2 + r.nextInt(3));
            }
            return switch (pick % 5) {
                case 0 -> verb(r);
                case 1 -> adjective(r);
                case 2 -> determiner(r);
                case 3 -> preposition(r);
                default -> noun(r);
            };
        }
    }
}
