package org.veille.analyse.quotes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes out an English verb's forms: base, third person (-s, -es, -ies), past and participle (-ed,
 * -d, -ied, or the irregular forms given), and -ing, with the spelling rules news text follows (a
 * final silent e drops before -ing, a final consonant doubles when the list says so: admitted).
 */
final class EnglishInflector {
    private EnglishInflector() {
    }

    static Set<String> forms(String verb, boolean doubled, List<String> irregularPast) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(verb);
        forms.add(thirdPerson(verb));
        String doubledStem = doubled ? verb + verb.charAt(verb.length() - 1) : verb;
        if (irregularPast.isEmpty()) {
            forms.add(regularPast(verb, doubledStem));
        } else {
            forms.addAll(irregularPast);
        }
        forms.add(presentParticiple(verb, doubledStem));
        return forms;
    }

    private static String thirdPerson(String verb) {
        if (verb.endsWith("y") && !isVowel(verb.charAt(verb.length() - 2))) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        if (verb.endsWith("s") || verb.endsWith("sh") || verb.endsWith("ch") || verb.endsWith("x")
                || verb.endsWith("z") || verb.endsWith("o")) {
            return verb + "es";
        }
        return verb + "s";
    }

    private static String regularPast(String verb, String doubledStem) {
        if (verb.endsWith("e")) {
            return verb + "d";
        }
        if (verb.endsWith("y") && !isVowel(verb.charAt(verb.length() - 2))) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        return doubledStem + "ed";
    }

    private static String presentParticiple(String verb, String doubledStem) {
        if (verb.endsWith("ie")) {
            return verb.substring(0, verb.length() - 2) + "ying";
        }
        if (verb.endsWith("e") && !verb.endsWith("ee") && !verb.endsWith("ye") && !verb.endsWith("oe")) {
            return verb.substring(0, verb.length() - 1) + "ing";
        }
        return doubledStem + "ing";
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
