package org.veille.analyse.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.veille.extract.ResourceLines;

/**
 * The speech verbs of one language and every form of them, looked up by a lower-case word.
 *
 * <p>The lists ({@code speech-verbs-fr.txt}, {@code speech-verbs-en.txt}) hold lemmas and how they
 * inflect, not forms: {@link FrenchConjugator} and {@link EnglishInflector} write the forms out, so a
 * new verb is one line and every tense and agreement of it is recognised ("a-t-il martelé",
 * "martèle-t-elle", "martelaient"). Which forms make a cue in a given sentence is the quote finder's
 * business; this class only knows words.
 */
public final class SpeechVerbs {
    private static final Set<String> FRENCH_FLAGS = Set.of("ll", "tt", "è", "ir2");

    private final String language;
    private final Map<String, List<SpeechVerb>> byForm;
    private final List<SpeechVerb> verbs;

    private SpeechVerbs(String language, Map<String, List<SpeechVerb>> byForm, List<SpeechVerb> verbs) {
        this.language = language;
        this.byForm = byForm;
        this.verbs = List.copyOf(verbs);
    }

    /** The lexicon for "fr" or "en". */
    public static SpeechVerbs forLanguage(String language) {
        return switch (language) {
            case "fr" -> load("fr", "speech-verbs-fr.txt");
            case "en" -> load("en", "speech-verbs-en.txt");
            default -> throw new IllegalArgumentException("no speech verbs for language " + language);
        };
    }

    public String language() {
        return language;
    }

    /** The verbs a word is a form of (usually one; none when it is not a speech verb). */
    public List<SpeechVerb> of(String word) {
        return byForm.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    public boolean isForm(String word) {
        return byForm.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** Every listed verb, in list order. */
    public List<SpeechVerb> verbs() {
        return verbs;
    }

    /** Every form recognised as the given verb, sorted. */
    public Set<String> formsOf(SpeechVerb verb) {
        Set<String> forms = new java.util.TreeSet<>();
        byForm.forEach((form, list) -> {
            if (list.contains(verb)) {
                forms.add(form);
            }
        });
        return forms;
    }

    /** How many distinct forms are recognised. */
    public int formCount() {
        return byForm.size();
    }

    private static SpeechVerbs load(String language, String resource) {
        Map<String, List<SpeechVerb>> byForm = new HashMap<>();
        List<SpeechVerb> verbs = new ArrayList<>();
        for (String line : ResourceLines.read(SpeechVerbs.class, resource)) {
            try {
                Entry entry = "fr".equals(language) ? french(line) : english(line);
                verbs.add(entry.verb());
                for (String form : entry.forms()) {
                    byForm.computeIfAbsent(form, f -> new ArrayList<>(1)).add(entry.verb());
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + ", line \"" + line + "\": " + e.getMessage(), e);
            }
        }
        byForm.replaceAll((form, list) -> List.copyOf(list));
        return new SpeechVerbs(language, Map.copyOf(byForm), verbs);
    }

    private record Entry(SpeechVerb verb, Iterable<String> forms) {
    }

    /** "s'exclamer", "dire 3sg=dit pl=dis ps=di fut=dir pp=dit +dites", "faire valoir 3sg=fait ...", "appeler ll". */
    private static Entry french(String line) {
        List<String> words = new ArrayList<>();
        Map<String, String> parts = new LinkedHashMap<>();
        List<String> extra = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        String flag = null;
        for (String token : line.split("\\s+")) {
            if (token.contains("=")) {
                String[] kv = token.split("=", 2);
                parts.put(kv[0], kv[1]);
            } else if (token.startsWith("+")) {
                extra.add(token.substring(1));
            } else if (token.startsWith("-")) {
                wrong.add(token.substring(1));
            } else if (FRENCH_FLAGS.contains(token)) {
                flag = token;
            } else {
                words.add(token);
            }
        }
        String lemma = String.join(" ", words);
        boolean reflexive = false;
        if (words.get(0).equals("se")) {
            reflexive = true;
            words.remove(0);
        } else if (words.get(0).startsWith("s'")) {
            reflexive = true;
            words.set(0, words.get(0).substring(2));
        }
        String infinitive = words.get(0);
        Set<String> forms;
        if (!parts.isEmpty()) {
            forms = FrenchConjugator.fromParts(infinitive, parts);
        } else if ("ir2".equals(flag)) {
            forms = FrenchConjugator.secondGroup(infinitive);
        } else if (infinitive.endsWith("er")) {
            forms = FrenchConjugator.firstGroup(infinitive, flag);
        } else {
            throw new IllegalArgumentException(infinitive + " is not a regular -er verb: give its principal parts");
        }
        forms.addAll(extra);
        forms.removeAll(wrong);
        return new Entry(new SpeechVerb(lemma, reflexive, words.subList(1, words.size())), forms);
    }

    /** "add", "admit double", "say past=said", "write past=wrote,written", "point out". */
    private static Entry english(String line) {
        String[] tokens = line.split("\\s+");
        List<String> words = new ArrayList<>();
        List<String> irregular = new ArrayList<>();
        boolean doubled = false;
        for (String token : tokens) {
            if (token.equals("double")) {
                doubled = true;
            } else if (token.startsWith("past=")) {
                irregular.addAll(List.of(token.substring(5).split(",")));
            } else {
                words.add(token);
            }
        }
        String verb = words.get(0);
        Set<String> forms = EnglishInflector.forms(verb, doubled, irregular);
        return new Entry(new SpeechVerb(String.join(" ", words), false, words.subList(1, words.size())), forms);
    }
}
