package org.veille.analyse.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.veille.analyse.entities.FoundMention;
import org.veille.model.EntityType;

/**
 * Finds the cue of a quotation and the subject it gives, on the words around the quotation:
 * <ul>
 *   <li>after it (an incise): "…», a-t-il déclaré", "…», poursuit-elle", "…», plaide l'imam", "…»,
 *       selon X", "…," he said / said Smith / Smith said / according to X;</li>
 *   <li>before it, in its sentence: "X a déclaré : «…»", "Il a expliqué: “…”", "Selon X, «…»",
 *       "Pour X, «…»", and a speech verb whose complement holds the quote ("a qualifié la mesure de «…»");</li>
 * </ul>
 * The subject is a name (an entity mention of the text), a pronoun or a description; resolving it to
 * a person is {@link SpeakerResolver}'s job.
 */
final class CueFinder {
    /** Adverbs and particles that sit between an auxiliary and its participle ("a également déclaré"). */
    private static final Set<String> INSERTS = Set.of("également", "aussi", "encore", "déjà", "toujours", "ensuite",
            "alors", "enfin", "pourtant", "cependant", "ainsi", "lui", "leur", "nous", "vous", "ne", "n'", "n’", "pas",
            "plus", "bien", "à", "notamment", "d'ailleurs", "d’ailleurs", "quant", "pour", "sa", "part", "y", "en",
            "also", "later", "previously", "then", "not", "repeatedly", "publicly", "recently", "earlier");
    private static final int MAX_NOMINAL_WORDS = 7;
    /** Object pronouns that sit right before a French verb ("l'accuse", "le dit", "les avertit"). */
    private static final Set<String> OBJECT_CLITICS = Set.of("l'", "l’", "le", "la", "les", "me", "m'", "m’", "te", "t'", "t’");
    /** Sentence-opening links that may precede an attribution marker. */
    private static final Set<String> LINKING_WORDS = Set.of("mais", "et", "or", "pourtant", "toutefois", "cependant",
            "ainsi", "enfin", "donc", "but", "and", "yet", "still", "however", "so");
    /** The most words of a source without determiner before its verb ("top black lawmakers said"). */
    private static final int MAX_BARE_SOURCE_WORDS = 4;
    /** The verbs after which a bare noun phrase is read as the source. */
    private static final Set<String> BARE_SOURCE_VERBS = Set.of("said", "says", "say", "told", "added", "wrote",
            "reported", "noted", "argued", "claimed", "explained", "warned", "insisted", "estimated", "contend", "contended");
    /** The most words a parenthesised gloss between a quotation and its incise may hold. */
    private static final int MAX_GLOSS_WORDS = 40;
    private static final int MAX_VERB_DISTANCE = 25;

    private final Words words;
    private final Grammar grammar;
    private final SpeechVerbs verbs;
    /** The text's entity mentions by their first and last char offset (the first such in text order). */
    private final Map<Integer, FoundMention> mentionsByStart = new HashMap<>();
    private final Map<Integer, FoundMention> mentionsByEnd = new HashMap<>();
    private final String text;

    CueFinder(Words words, Grammar grammar, SpeechVerbs verbs, List<FoundMention> mentions, String text) {
        this.words = words;
        this.grammar = grammar;
        this.verbs = verbs;
        for (FoundMention m : mentions) {
            mentionsByStart.putIfAbsent(m.start(), m);
            mentionsByEnd.putIfAbsent(m.end(), m);
        }
        this.text = text;
    }

    /** A cue right after a quotation whose closing mark is word {@code i - 1} (or which ends before word i). */
    Cue after(int i) {
        return after(i, false);
    }

    /**
     * An incise inside quotation marks ("« A, affirme-t-elle. B »"): only a verb with an inverted
     * pronoun or followed by a name, since the speaker's own words are full of verbs and subjects.
     */
    Cue incise(int i) {
        return after(i, true);
    }

    private Cue after(int i, boolean strict) {
        int j = i;
        int skipped = 0;
        boolean comma = i > 0 && words.lower(i - 1).equals(",");
        while (j < words.size() && Words.isPunctuation(words.lower(j)) && !words.lower(j).equals(".")) {
            comma |= words.lower(j).equals(",");
            if (QuotationMarks.OPENING_TOKENS.contains(words.lower(j))) {
                return null; // another quotation starts: no incise here
            }
            // A gloss in brackets between the quotation and its incise: "« Errare humanum est » (l'erreur
            // est humaine…), lance le procureur".
            if (words.lower(j).equals("(") && !strict) {
                int close = j + 1;
                while (close < words.size() && close - j <= MAX_GLOSS_WORDS && !words.lower(close).equals(")")) {
                    close++;
                }
                if (close < words.size() && words.lower(close).equals(")")) {
                    skipped += close - j;
                    j = close;
                }
            }
            j++;
        }
        if (j >= words.size() || j - i - skipped > 3) {
            return null;
        }
        String w = words.lower(j);
        if (grammar.markers().contains(w)) {
            int k = sourceAfterMarker(j);
            Subject s = markedSource(k);
            return s == null ? null : cue(j, k - 1, s);
        }
        if (isAux(j) && isInverted(j + 1) && isVerb(j + 2)) {
            return cue(j, j + 2, pronoun(j + 1));
        }
        if (isVerb(j) && isInverted(j + 1)) {
            return cue(j, j + 1, pronoun(j + 1));
        }
        // A modal before the inverted pronoun: "peut-on lire dans Le Point", "doit-il admettre".
        if (!isVerb(j) && isInverted(j + 1) && isVerb(j + 2)) {
            return cue(j, j + 2, pronoun(j + 1));
        }
        // "tente d'expliquer la ministre", "tient à préciser X": a verb of trying or wanting, then the cue.
        if (!isVerb(j) && (words.lower(j + 1).equals("d'") || words.lower(j + 1).equals("d’")
                || words.lower(j + 1).equals("de") || words.lower(j + 1).equals("à")) && isVerb(j + 2)) {
            Subject s = isInverted(j + 3) ? pronoun(j + 3) : phrase(j + 3);
            if (s != null && !strict) {
                return cue(j, j + 2, s);
            }
        }
        if (isAux(j) && isVerb(j + 1)) {
            Subject s = phrase(j + 2);
            return s == null || strict && s.kind() != Subject.Kind.NAMED ? null : cue(j, j + 1, s);
        }
        // A verb then its subject: "…, estime Berne", "…, said the mayor". English inverts only a
        // tensed verb: in "…, which would replace the wall, add two berths" "add" is coordinated.
        if (isVerb(j) && !(grammar.isEnglish() && isBaseForm(j))) {
            Subject s = phrase(j + 1);
            if (s != null && !(strict && s.kind() != Subject.Kind.NAMED)) {
                return cue(j, j, s);
            }
        }
        if (strict) {
            return null;
        }
        // Subject then verb: "…," he said / Smith said / the official said; "…», Pavel Slunkin a déclaré".
        // French puts a comma there: "« … ? » Laura Frémy analyse…" starts a new sentence.
        Subject s = comma || grammar.isEnglish() ? phrase(j) : null;
        if (s != null) {
            int v = words.atOrAfter(s.end());
            while (v < words.size() && (isAux(v) || INSERTS.contains(words.lower(v))) && v - j < 10) {
                v++;
            }
            if (isVerb(v) && v - j < 10) {
                return cue(words.atOrAfter(s.end()), v, s);
            }
        }
        // English: a noun phrase without determiner then a verb of saying, "…, sources said", "…, top
        // black lawmakers said Friday": the words between the comma and the verb are the source.
        if (grammar.isEnglish() && j < words.size() && !grammar.prepositions().contains(words.lower(j))
                && !grammar.complementisers().contains(words.lower(j)) && !words.lower(j).equals("and")
                && !words.lower(j).equals("but")) {
            for (int k = j; k < j + MAX_BARE_SOURCE_WORDS && k + 1 < words.size(); k++) {
                if (Words.isPunctuation(words.lower(k)) || isVerb(k)) {
                    break;
                }
                if (BARE_SOURCE_VERBS.contains(words.lower(k + 1))) {
                    return cue(k + 1, k + 1, nominal(j, k));
                }
            }
        }
        return null;
    }

    /**
     * A cue before a quotation that starts at word {@code q}, in its sentence: the nearest speech verb
     * or attribution marker to the left.
     */
    Cue before(int q) {
        if (q >= words.size()) {
            return null;
        }
        int sentenceStart = words.sentenceStart(words.get(q).sentence());
        Cue marker = markerAtStart(sentenceStart, q);
        for (int v = q - 1; v >= sentenceStart && q - v <= MAX_VERB_DISTANCE; v--) {
            if (isVerb(v) && !isInverted(v)) {
                Cue c = withSubjectBefore(v, sentenceStart);
                if (c != null) {
                    return c;
                }
            }
        }
        return marker;
    }

    /** "Selon X, …", "D'après lui, …", "According to X, …", "Pour X, …" opening the sentence. */
    Cue markerAtStart(int sentenceStart, int limit) {
        // "Mais pour Andrea Assor-Doukhan, …", "And according to X, …": a linking word may come first.
        if (LINKING_WORDS.contains(words.lower(sentenceStart)) && sentenceStart + 1 < limit) {
            sentenceStart++;
        }
        String first = words.lower(sentenceStart);
        int k;
        if (grammar.markers().contains(first)) {
            k = sourceAfterMarker(sentenceStart);
        } else if (first.equals("pour")) {
            k = sentenceStart + 1;
        } else {
            return null;
        }
        if (k >= limit) {
            return null;
        }
        Subject s = markedSource(k);
        if (s == null) {
            return null;
        }
        // "Pour" only attributes when the name is followed by a comma: "Pour Pavel Slunkin, …".
        int after = words.atOrAfter(s.end());
        if (first.equals("pour") && (after >= words.size() || !words.lower(after).equals(","))) {
            return null;
        }
        return cue(sentenceStart, k - 1, s);
    }

    /** The cue ending at verb {@code v}, with its auxiliary, and the subject to the left of it. */
    Cue withSubjectBefore(int v, int sentenceStart) {
        int first = v;
        while (first - 1 >= sentenceStart && (isAux(first - 1) || INSERTS.contains(words.lower(first - 1))
                || first == v && OBJECT_CLITICS.contains(words.lower(first - 1)))) {
            first--; // "a également déclaré"; "Tsahal l'accuse d'avoir…": an object pronoun before the verb
        }
        if (isPassive(first, v) || isHypothetical(first, sentenceStart)) {
            return null;
        }
        // A present participle opens a clause without a subject: "estimant que", "soulignant que" (after
        // a comma, at the sentence's start or in a gerund; "pas étonnant que" is an adjective).
        if (words.lower(v).endsWith("ant") && first == v && (v == sentenceStart || Words.isPunctuation(words.lower(v - 1))
                || words.lower(v - 1).equals("en") || words.lower(v - 1).equals("tout"))) {
            return new Cue(span(v, v), words.get(v).start(), words.get(v).end(), null);
        }
        if (isInverted(v + 1)) {
            return cue(first, v + 1, pronoun(v + 1));
        }
        int left = skipAside(first - 1, sentenceStart);
        if (left < sentenceStart) {
            return null;
        }
        // A second verb of the sentence's subject: "Le principal intéressé a rejeté toute faute et
        // assuré que…", "He denied it and said that…".
        if ((words.lower(left).equals("et") || words.lower(left).equals("and")) && left > sentenceStart) {
            Subject opener = phrase(sentenceStart);
            if (opener != null && opener.end() <= words.get(left).start()) {
                return cue(first, v, opener);
            }
        }
        // A name set off before the verb: "Le chef de la diplomatie, Josep Borrell, s'était dit", and a
        // name followed by an aside of any kind: "Pouria Amirshahi, député socialiste qui…, a annoncé".
        if (words.lower(left).equals(",")) {
            for (int k = left - 1; k > sentenceStart && left - k <= MAX_VERB_DISTANCE; k--) {
                FoundMention named = mentionEndingAt(words.get(k).end());
                if (named != null && (words.lower(k + 1).equals(",") || k + 1 == left)) {
                    return cue(first, v, Subject.named(named));
                }
                if (words.lower(k).equals(".") || words.lower(k).equals(":")) {
                    break;
                }
            }
        }
        if (grammar.pronouns().contains(words.lower(left))) {
            return cue(left, v, pronoun(left));
        }
        // A name ending right before the verb (or before an aside: "Pavel Slunkin, qui travaillait…, a décrit").
        FoundMention named = mentionEndingAt(words.get(left).end());
        // "le procureur d'Albi affirme": a place after "de" completes a description, it does not speak.
        int before = named == null ? -1 : words.atOrAfter(named.start()) - 1;
        boolean complement = named != null && named.type() == EntityType.LOCATION && before >= sentenceStart
                && grammar.prepositions().contains(words.lower(before));
        if (named != null && !complement) {
            return cue(first, v, Subject.named(named));
        }
        // A description right before the verb: "le ministre a déclaré", "the spokesman said"; "les
        // opposants au texte qui craignent" (the relative pronoun is not part of it).
        if (left > sentenceStart && (words.lower(left).equals("qui") || words.lower(left).equals("who"))) {
            left--;
            // "lance le procureur Vincent Edel, qui affirme que…": the relative's antecedent is the name.
            if (words.lower(left).equals(",") && left > sentenceStart) {
                FoundMention antecedent = mentionEndingAt(words.get(left - 1).end());
                if (antecedent != null && antecedent.type() != EntityType.LOCATION) {
                    return cue(first, v, Subject.named(antecedent));
                }
            }
        }
        if (Words.isPunctuation(words.lower(left))) {
            // A verb after an aside whose subject we cannot see: the cue stands, the speaker comes from context.
            return new Cue(span(first, v), words.get(first).start(), words.get(v).end(), null);
        }
        int k = left;
        while (k > sentenceStart && left - k < MAX_NOMINAL_WORDS && !Words.isPunctuation(words.lower(k - 1))
                && !grammar.determiners().contains(words.lower(k)) && !isPossessive(k - 1)) {
            k--;
        }
        // A possessor opens the description: "Connecticut’s tax commissioner says…".
        if (k > sentenceStart && isPossessive(k - 1) && k <= left) {
            int owner = k - 2;
            FoundMention possessor = owner >= sentenceStart ? mentionEndingAt(words.get(owner).end()) : null;
            int first0 = possessor != null ? words.atOrAfter(possessor.start()) : Math.max(sentenceStart, owner);
            if (first0 >= sentenceStart && (first0 == sentenceStart || !grammar.prepositions().contains(words.lower(first0 - 1)))) {
                return cue(first, v, nominal(first0, left));
            }
        }
        if (grammar.isEnglish() && !grammar.determiners().contains(words.lower(k))) {
            // English names groups without a determiner: "Republicans say", "restructuring experts say".
            Subject bare = bareSubject(left, sentenceStart);
            if (bare != null) {
                return cue(first, v, bare);
            }
        }
        if (grammar.determiners().contains(words.lower(k)) && k < left
                && (k == sentenceStart || !grammar.prepositions().contains(words.lower(k - 1)))) {
            // "le procureur Vincent Edel a requis": the name inside the description says who.
            for (int j = k + 1; j <= left; j++) {
                FoundMention inner = mentionStartingAt(words.get(j).start());
                if (inner != null && inner.type() == EntityType.PERSON
                        && !grammar.prepositions().contains(words.lower(j - 1))) {
                    return cue(first, v, Subject.named(inner));
                }
            }
            return cue(first, v, nominal(k, left));
        }
        return null;
    }

    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("est", "sont", "était", "étaient", "été", "être", "sera",
            "seront", "serait", "seraient", "fut", "furent", "soit", "soient", "is", "are", "was", "were", "been", "being", "be");
    private static final Set<String> REFLEXIVES = Set.of("se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous");

    /**
     * Whether the verb is passive ("Il est accusé d'avoir…", "he was told"): its subject is who the
     * words are about or addressed to, not who speaks. French pronominal verbs take "être" too, and
     * those speak ("il s'est dit consterné").
     */
    private boolean isPassive(int first, int v) {
        if (words.lower(v).endsWith("ing")) {
            return false; // "has been saying": progressive, not passive
        }
        boolean etre = false;
        for (int k = Math.max(0, first - 1); k < v; k++) {
            if (REFLEXIVES.contains(words.lower(k))) {
                return false;
            }
            etre |= k >= first && PASSIVE_AUXILIARIES.contains(words.lower(k));
        }
        return etre;
    }

    /**
     * Whether the cue sits in an "if" clause ("si elle estime que la loi n'est pas respectée", "if he
     * says so"): a hypothetical, not a report. "même si" (even though) states a fact and is not one.
     */
    private boolean isHypothetical(int first, int sentenceStart) {
        for (int k = first - 1; k >= sentenceStart && k >= first - 4; k--) {
            String w = words.lower(k);
            if (Words.isPunctuation(w)) {
                return false;
            }
            boolean ifWord = w.equals("si") || w.equals("if") || w.equals("unless")
                    || (w.equals("s'") || w.equals("s’")) && (words.lower(k + 1).equals("il") || words.lower(k + 1).equals("ils"));
            if (ifWord) {
                return k == 0 || !words.lower(k - 1).equals("même") && !words.lower(k - 1).equals("even");
            }
        }
        return false;
    }

    /**
     * Steps left over an aside between commas ("…, qui travaillait au ministère, a décrit"): returns
     * the word before it, or {@code i} when word i does not close an aside.
     */
    private int skipAside(int i, int sentenceStart) {
        if (i < sentenceStart || !words.lower(i).equals(",")) {
            return i;
        }
        for (int k = i - 1; k > sentenceStart; k--) {
            if (words.lower(k).equals(",")) {
                String opener = words.lower(k + 1);
                boolean aside = grammar.clauseStops().contains(opener) || grammar.determiners().contains(opener)
                        || Character.isDigit(opener.isEmpty() ? 'x' : opener.charAt(0));
                return aside ? k - 1 : i;
            }
        }
        return i;
    }

    /**
     * An English noun phrase without determiner ending at word {@code left}: up to four words back to
     * the sentence's start, a punctuation mark or a word that opens a clause; none of them a
     * preposition, a pronoun or a verb. Its last word must be a plural or a capitalised noun
     * ("officials", "Republicans"), which is what a determiner-less subject usually is.
     */
    private Subject bareSubject(int left, int sentenceStart) {
        String head = words.get(left).text();
        boolean plural = head.length() > 3 && head.endsWith("s") && !head.endsWith("ss");
        if (!plural && !Character.isUpperCase(head.codePointAt(0)) || grammar.pronouns().contains(words.lower(left))) {
            return null;
        }
        int k = left;
        while (k - 1 >= sentenceStart && left - k < 3) {
            String w = words.lower(k - 1);
            if (Words.isPunctuation(w) || grammar.clauseStops().contains(w) || grammar.prepositions().contains(w)
                    || grammar.pronouns().contains(w) || grammar.determiners().contains(w) || isVerb(k - 1) || isAux(k - 1)) {
                break;
            }
            k--;
        }
        String before = k > sentenceStart ? words.lower(k - 1) : "";
        boolean boundary = k == sentenceStart || Words.isPunctuation(before) || grammar.clauseStops().contains(before);
        for (int i = k; i <= left; i++) {
            if (isVerb(i) || isAux(i) || grammar.prepositions().contains(words.lower(i))) {
                return null;
            }
        }
        return boundary ? nominal(k, left) : null;
    }

    /** The English possessive clitic the tokenizer splits off ("Connecticut" + "’s"). */
    private boolean isPossessive(int i) {
        String w = words.lower(i);
        return grammar.isEnglish() && (w.equals("'s") || w.equals("’s"));
    }

    private FoundMention mentionEndingAt(int end) {
        return mentionsByEnd.get(end);
    }

    /** The speaker phrase starting at word k: a name, a pronoun or a short description; null if none. */
    Subject phrase(int k) {
        if (k < 0 || k >= words.size()) {
            return null;
        }
        int start = words.get(k).start();
        FoundMention name = mentionStartingAt(start);
        if (name != null) {
            return Subject.named(name);
        }
        String w = words.lower(k);
        if (grammar.pronouns().contains(w) || w.equals("lui") || w.equals("eux") || w.equals("him") || w.equals("them")) {
            return pronoun(k);
        }
        if (grammar.determiners().contains(w)) {
            int end = k;
            for (int j = k + 1; j < words.size() && j - k < MAX_NOMINAL_WORDS; j++) {
                String x = words.lower(j);
                if (Words.isPunctuation(x) || grammar.clauseStops().contains(x) || isVerb(j) || isAux(j)) {
                    break;
                }
                end = j;
                FoundMention inside = mentionStartingAt(words.get(j).start());
                if (inside != null) {
                    // "le ministre Roman Prymula", "sa consœur Corinne Serfati": the name says who; but in
                    // "le procureur d'Albi" the name is a complement.
                    if (inside.type() == EntityType.PERSON && !isComplement(j)) {
                        return Subject.named(inside);
                    }
                    // A name as complement stays in the description: "l'avocate de Yassin E., Saphia Foughar".
                    int last = words.endingBefore(inside.end());
                    if (last < j || !isComplement(j)) {
                        break;
                    }
                    end = last;
                    j = last;
                }
            }
            if (end > k) {
                // A description followed by the name it describes: "said the head librarian, Moira Quill".
                int comma = end + 1;
                if (words.lower(comma).equals(",") && comma + 1 < words.size()) {
                    FoundMention named = mentionStartingAt(words.get(comma + 1).start());
                    if (named != null) {
                        return Subject.named(named);
                    }
                }
                return nominal(k, end);
            }
        }
        return null;
    }

    /** Whether word j opens a complement: after a preposition, or its article ("de la Santé", "of the Treasury"). */
    private boolean isComplement(int j) {
        return grammar.prepositions().contains(words.lower(j - 1))
                || j >= 2 && grammar.determiners().contains(words.lower(j - 1)) && grammar.prepositions().contains(words.lower(j - 2));
    }

    /**
     * The source after an attribution marker: a phrase ({@link #phrase}), or in English any short run of
     * words up to a punctuation mark ("according to show insiders", "according to court records").
     */
    Subject markedSource(int k) {
        Subject s = phrase(k);
        if (s != null || !grammar.isEnglish() || k >= words.size()) {
            return s;
        }
        int end = k - 1;
        while (end + 1 < words.size() && end + 1 - k < MAX_MARKED_SOURCE_WORDS && !Words.isPunctuation(words.lower(end + 1))
                && !grammar.clauseStops().contains(words.lower(end + 1))) {
            end++;
        }
        return end < k ? null : nominal(k, end);
    }

    private static final int MAX_MARKED_SOURCE_WORDS = 6;

    /** Whether word k is the bare base form of a speech verb ("add", "say"), which English never inverts. */
    private boolean isBaseForm(int k) {
        String w = words.lower(k);
        return verbs.of(w).stream().anyMatch(v -> v.lemma().equals(w) || v.lemma().startsWith(w + " "));
    }

    /** Whether a named subject is a person or an organisation. */
    boolean isSource(Subject subject) {
        FoundMention m = mentionStartingAt(subject.start());
        return m != null && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION);
    }

    /** Whether a named subject is a person the tagger recognised. */
    boolean isPerson(Subject subject) {
        FoundMention m = mentionStartingAt(subject.start());
        return m != null && m.type() == EntityType.PERSON;
    }

    private FoundMention mentionStartingAt(int start) {
        return mentionsByStart.get(start);
    }

    private Subject pronoun(int k) {
        String w = words.get(k).text();
        String pronoun = w.replaceFirst("^-(t-)?", "");
        // The span is the pronoun's own: "-t-il" of "a-t-il" is "il", and the record's speakerMention
        // offsets must point at the text it gives.
        return new Subject(Subject.Kind.PRONOUN, pronoun, words.get(k).start() + w.length() - pronoun.length(), words.get(k).end());
    }

    private Cue cue(int from, int to, Subject subject) {
        // "on" reading or learning something names its source next: "peut-on lire dans Le Point",
        // "on apprend via l'AFP", "on lit sur Mediapart".
        if (subject != null && subject.kind() == Subject.Kind.PRONOUN && subject.text().equalsIgnoreCase("on")) {
            for (int k = to + 1; k <= to + 2 && k < words.size(); k++) {
                if (SOURCE_PREPOSITIONS.contains(words.lower(k))) {
                    Subject source = phrase(k + 1);
                    if (source != null && source.kind() != Subject.Kind.PRONOUN) {
                        return new Cue(span(from, k), words.get(from).start(), words.get(k).end(), documentAuthor(source));
                    }
                }
            }
            // The publication was named earlier in the sentence: "…pour que Mediapart révèle ces raisons :
            // « … », peut-on lire."
            if (READING.matcher(words.lower(to)).matches()) {
                int sentence = words.sentenceStart(words.get(from).sentence());
                FoundMention publication = null;
                int depth = 0; // names inside quotation marks are quoted, not the publication
                for (int k = sentence; k < from; k++) {
                    String w = words.lower(k);
                    depth += QuotationMarks.OPENING_TOKENS.contains(w) ? 1 : QuotationMarks.CLOSING_TOKENS.contains(w) && depth > 0 ? -1 : 0;
                    FoundMention m = mentionStartingAt(words.get(k).start());
                    if (m != null && m.type() == EntityType.ORGANIZATION && depth == 0) {
                        publication = m;
                    }
                }
                if (publication != null) {
                    return new Cue(span(from, to), words.get(from).start(), words.get(to).end(),
                            Subject.named(publication));
                }
            }
            // The source opens the sentence: "Dans le rapport de l'IGGN, on apprenait que…".
            int opening = words.sentenceStart(words.get(from).sentence());
            if (SOURCE_PREPOSITIONS.contains(words.lower(opening)) && opening < from) {
                Subject source = phrase(opening + 1);
                if (source != null && source.kind() != Subject.Kind.PRONOUN && source.end() <= words.get(from).start()) {
                    return new Cue(span(from, to), words.get(from).start(), words.get(to).end(), documentAuthor(source));
                }
            }
        }
        return new Cue(span(from, to), words.get(from).start(), words.get(to).end(), subject);
    }

    private static final Set<String> SOURCE_PREPOSITIONS = Set.of("dans", "sur", "via", "chez");
    /** Verbs of reading and learning, whose "on" is the reader of some publication. */
    private static final java.util.regex.Pattern READING = java.util.regex.Pattern.compile("-?(?:lire|lit|lisait|lu|apprend|apprenait|appris|apprendre)");

    /**
     * A document described by its author speaks for that author: "le rapport de l'IGGN" is the IGGN,
     * "un communiqué du ministère" the ministry. Other descriptions stay as they are.
     */
    private Subject documentAuthor(Subject source) {
        if (source.kind() != Subject.Kind.NOMINAL) {
            return source;
        }
        for (int k = words.atOrAfter(source.start()) + 1; k < words.size() && words.get(k).start() < source.end(); k++) {
            FoundMention author = mentionStartingAt(words.get(k).start());
            boolean complement = grammar.prepositions().contains(words.lower(k - 1))
                    || grammar.determiners().contains(words.lower(k - 1)) && grammar.prepositions().contains(words.lower(k - 2));
            if (author != null && author.type() != EntityType.LOCATION && complement) {
                return Subject.named(author);
            }
        }
        return source;
    }

    /** The first word of the source after an attribution marker: "selon X", "according to X". */
    int sourceAfterMarker(int marker) {
        return words.lower(marker).equals("according") && words.lower(marker + 1).equals("to") ? marker + 2 : marker + 1;
    }

    /** A description: the words {@code from} to {@code to}. */
    private Subject nominal(int from, int to) {
        return new Subject(Subject.Kind.NOMINAL, span(from, to), words.get(from).start(), words.get(to).end());
    }

    private String span(int from, int to) {
        return text.substring(words.get(from).start(), words.get(to).end());
    }

    boolean isVerb(int i) {
        return i >= 0 && i < words.size() && verbs.isForm(words.lower(i).replaceFirst("^-", ""))
                && !words.get(i).text().isEmpty() && !isCapitalisedName(i);
    }

    /** A capitalised word inside a sentence is a name ("Marianne", "Saluer"), not the verb it spells. */
    private boolean isCapitalisedName(int i) {
        return Character.isUpperCase(words.get(i).text().codePointAt(0)) && i > words.sentenceStart(words.get(i).sentence());
    }

    private boolean isAux(int i) {
        return i >= 0 && i < words.size() && grammar.auxiliaries().contains(words.lower(i));
    }

    private boolean isInverted(int i) {
        return !grammar.isEnglish() && i >= 0 && i < words.size()
                && grammar.inverted().matcher(words.lower(i)).matches();
    }
}
