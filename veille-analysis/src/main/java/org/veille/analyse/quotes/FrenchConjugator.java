package org.veille.analyse.quotes;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes out the finite and participle forms of a French verb that news prose uses to report
 * speech: present, imparfait, passé simple, future, conditional, present subjunctive, infinitive and
 * both participles (past participle in its four agreements), from the infinitive alone for regular
 * -er and second-group -ir verbs, and from a handful of principal parts for the others.
 *
 * <p>Only spelling is produced, not analysis: the forms are looked up to recognise a cue, so a form
 * shared by two cells ("dit" is present and passé simple) needs writing once.
 */
final class FrenchConjugator {
    private static final String[] IMPARFAIT = {"ais", "ait", "aient", "ions", "iez"};
    private static final String[] FUTURE = {"ai", "as", "a", "ons", "ez", "ont"};
    private static final String[] CONDITIONAL = {"ais", "ait", "aient", "ions", "iez"};

    private FrenchConjugator() {
    }

    /** The forms of a regular -er verb; {@code alternation} is "ll", "tt", "è" or null. */
    static Set<String> firstGroup(String infinitive, String alternation) {
        String stem = infinitive.substring(0, infinitive.length() - 2);
        // Before a and o, c becomes ç and g becomes ge, to keep their sound: annonçait, jugeait.
        String hardStem = stem.endsWith("c") ? stem.substring(0, stem.length() - 1) + "ç"
                : stem.endsWith("g") ? stem + "e" : stem;
        // Before a silent e, an e or é in the last syllable of the stem opens: martèle, répète; some
        // -eler and -eter verbs double the consonant instead: appelle, jette.
        String openStem = openStem(stem, alternation);
        // The future and conditional take the open stem for e (martèlera) and the plain one for é (répétera).
        String futureStem = (lastVowelIs(stem, 'é') ? stem : openStem) + "er";
        Set<String> forms = new LinkedHashSet<>();
        forms.add(infinitive);
        for (String ending : new String[] {"e", "es", "ent"}) {
            forms.add(openStem + ending);                  // present and subjunctive
        }
        forms.add(hardStem + "ons");
        forms.add(stem + "ez");
        for (String ending : IMPARFAIT) {
            forms.add((ending.startsWith("a") ? hardStem : stem) + ending);
        }
        forms.add(hardStem + "a");                         // passé simple
        forms.add(hardStem + "ai");
        forms.add(hardStem + "as");
        forms.add(stem + "èrent");
        forms.add(hardStem + "âmes");
        for (String ending : FUTURE) {
            forms.add(futureStem + ending);
        }
        for (String ending : CONDITIONAL) {
            forms.add(futureStem + ending);
        }
        forms.add(hardStem + "ant");
        addParticiple(forms, stem + "é");
        return forms;
    }

    /** The forms of a second-group verb (finir): avertit, avertissent, averti. */
    static Set<String> secondGroup(String infinitive) {
        String stem = infinitive.substring(0, infinitive.length() - 2);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(infinitive);
        for (String ending : new String[] {"is", "it", "issons", "issez", "issent", "isse", "isses", "irent",
                "issant", "issait", "issaient", "issais"}) {
            forms.add(stem + ending);
        }
        for (String ending : FUTURE) {
            forms.add(infinitive + ending);
        }
        for (String ending : CONDITIONAL) {
            forms.add(infinitive + ending);
        }
        addParticiple(forms, stem + "i");
        return forms;
    }

    /**
     * The forms of an irregular verb from its principal parts: {@code 3sg} (dit), {@code pl} the plural
     * and imparfait stem (dis), {@code ps} the passé simple stem (di), {@code fut} the future stem (dir)
     * and {@code pp} the past participle (dit); optionally {@code 3pl} when the third person plural is
     * not the plural stem + ent (croient), and {@code subj} the subjunctive stem when the third person
     * plural does not give it (font: fass).
     */
    static Set<String> fromParts(String infinitive, Map<String, String> parts) {
        String third = require(parts, "3sg", infinitive);
        String plural = require(parts, "pl", infinitive);
        // The third person plural is the plural stem + ent unless given (croient, préviennent); the
        // present subjunctive is built on it (croie, prévienne).
        String thirdPlural = parts.getOrDefault("3pl", plural + "ent");
        String subjunctive = parts.getOrDefault("subj",
                thirdPlural.endsWith("ent") ? thirdPlural.substring(0, thirdPlural.length() - 3) : null);
        String simple = require(parts, "ps", infinitive);
        String future = require(parts, "fut", infinitive);
        String participle = require(parts, "pp", infinitive);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(infinitive);
        forms.add(third);
        forms.add(firstSingular(third, plural));
        forms.add(thirdPlural);
        for (String ending : new String[] {"ons", "ez", "ant"}) {
            forms.add(plural + ending);
        }
        for (String ending : new String[] {"e", "es", "ent"}) {
            if (subjunctive != null) {
                forms.add(subjunctive + ending);
            }
        }
        for (String ending : IMPARFAIT) {
            forms.add(plural + ending);
        }
        forms.add(simple + "t");
        forms.add(simple + "rent");
        forms.add(simple + "s");
        forms.add(simple + "ssent");                       // imperfect subjunctive, still met in formal prose
        for (String ending : FUTURE) {
            forms.add(future + ending);
        }
        for (String ending : CONDITIONAL) {
            forms.add(future + ending);
        }
        addParticiple(forms, participle);
        return forms;
    }

    /** The past participle and its agreements: dit, dite, dits, dites; admis, admise, admises. */
    private static void addParticiple(Set<String> forms, String participle) {
        forms.add(participle);
        forms.add(participle + "e");
        forms.add(participle + "es");
        if (!participle.endsWith("s")) {
            forms.add(participle + "s");
        }
    }

    /**
     * "dit" gives "dis", "répond" "réponds", "reconnaît" "reconnais", "soutient" "soutiens", and "met"
     * (whose t belongs to the stem, as the plural mettent shows) "mets".
     */
    private static String firstSingular(String third, String plural) {
        if (third.endsWith("ît")) {
            return third.substring(0, third.length() - 2) + "is";
        }
        if (third.endsWith("t") && plural.endsWith("t")) {
            return third + "s";
        }
        if (third.endsWith("t")) {
            return third.substring(0, third.length() - 1) + "s";
        }
        return third + "s";
    }

    private static String openStem(String stem, String alternation) {
        if ("ll".equals(alternation) || "tt".equals(alternation)) {
            return stem + stem.charAt(stem.length() - 1);
        }
        int vowel = lastVowel(stem);
        if (vowel >= 0 && ("è".equals(alternation) && stem.charAt(vowel) == 'e' || stem.charAt(vowel) == 'é')
                && vowel < stem.length() - 1) {
            return stem.substring(0, vowel) + "è" + stem.substring(vowel + 1);
        }
        return stem;
    }

    private static boolean lastVowelIs(String stem, char vowel) {
        int at = lastVowel(stem);
        return at >= 0 && stem.charAt(at) == vowel;
    }

    private static int lastVowel(String stem) {
        for (int i = stem.length() - 1; i >= 0; i--) {
            if ("aeiouyéèêëîïôûâ".indexOf(stem.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String require(Map<String, String> parts, String key, String infinitive) {
        String value = parts.get(key);
        if (value == null) {
            throw new IllegalArgumentException(infinitive + ": principal part " + key + "= missing");
        }
        return value;
    }
}
