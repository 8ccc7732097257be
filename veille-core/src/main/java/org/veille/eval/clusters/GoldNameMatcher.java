package org.veille.eval.clusters;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Says which gold entity of an article a predicted mention names, from its text alone (the gold marks
 * no mention offsets). Three ways, the first that applies deciding:
 * <ol>
 *   <li>the same name: the mention folded ({@link ClusterNames#fold}) is the gold name or an alias;</li>
 *   <li>part of a name: the mention is the last words of a gold name or alias of two capitalised words
 *       or more ("Slunkin", "El Guerrab"), or its first word ("Marie-Pierre"), but not an initial alone
 *       ("E."); or the proper name a described form ends with ("Effeuillage" for "la revue Effeuillage",
 *       {@link ClusterNames#appositiveName});</li>
 *   <li>a name with words run in: the mention holds the whole canonical name, or a person-like alias, of
 *       two words or more, not right after a preposition ("Santé Roman Prymula", a tagger's span run
 *       into "ministre de la Santé", but not "The Death and Life of Marsha P. Johnson").</li>
 * </ol>
 * A mention that names two gold entities in the deciding way is {@link #AMBIGUOUS} and left out rather
 * than guessed, as is one that names none ({@link #NONE}).
 */
final class GoldNameMatcher {
    static final int NONE = -1;
    static final int AMBIGUOUS = -2;

    /** Per gold entity: its folded forms, and the word lists of those that can be cut or contained. */
    private final List<Set<String>> forms = new ArrayList<>();
    private final List<List<List<String>>> personForms = new ArrayList<>();
    private final List<List<List<String>>> appositives = new ArrayList<>();
    private final List<List<List<String>>> containable = new ArrayList<>();

    GoldNameMatcher(List<GoldEntity> entities) {
        for (GoldEntity e : entities) {
            Set<String> folded = new TreeSet<>();
            List<List<String>> persons = new ArrayList<>();
            List<List<String>> parts = new ArrayList<>();
            List<List<String>> wholes = new ArrayList<>();
            for (String form : e.forms()) {
                String f = ClusterNames.fold(form);
                if (f.isEmpty()) {
                    continue;
                }
                folded.add(f);
                List<String> words = ClusterNames.words(f);
                boolean person = ClusterNames.isPersonLike(form);
                if (person) {
                    persons.add(words);
                }
                String appositive = ClusterNames.appositiveName(form);
                if (appositive != null) {
                    parts.add(ClusterNames.words(ClusterNames.fold(appositive)));
                }
                if (words.size() >= 2 && (person || form.equals(e.name()))) {
                    wholes.add(words);
                }
            }
            forms.add(folded);
            personForms.add(persons);
            appositives.add(parts);
            containable.add(wholes);
        }
    }

    /** The index of the gold entity the mention names, {@link #NONE} or {@link #AMBIGUOUS}. */
    int match(String mention) {
        String folded = ClusterNames.fold(mention);
        if (folded.isEmpty()) {
            return NONE;
        }
        List<String> words = ClusterNames.words(folded);
        Set<Integer> hits = new TreeSet<>();
        for (int i = 0; i < forms.size(); i++) {
            if (forms.get(i).contains(folded)) {
                hits.add(i);
            }
        }
        if (hits.isEmpty() && words.stream().anyMatch(w -> w.replace(".", "").length() >= 2)) {
            for (int i = 0; i < forms.size(); i++) {
                for (List<String> name : personForms.get(i)) {
                    boolean tail = words.size() < name.size()
                            && name.subList(name.size() - words.size(), name.size()).equals(words);
                    boolean firstName = words.size() == 1 && name.get(0).equals(words.get(0));
                    if (tail || firstName) {
                        hits.add(i);
                    }
                }
                if (appositives.get(i).contains(words)) {
                    hits.add(i);
                }
            }
        }
        if (hits.isEmpty()) {
            for (int i = 0; i < forms.size(); i++) {
                for (List<String> name : containable.get(i)) {
                    if (holdsName(words, name)) {
                        hits.add(i);
                    }
                }
            }
        }
        return hits.isEmpty() ? NONE : hits.size() > 1 ? AMBIGUOUS : hits.iterator().next();
    }

    /**
     * Whether a mention holds a name with words run in around it, not right after a preposition: "Santé
     * Roman Prymula" and "Françoise Nyssen\n\nAvant" (a span run across a paragraph break) are the
     * person, but "The Death and Life of Marsha P. Johnson" is a film and "la fondation de Jean Dupont" a
     * foundation.
     */
    private static boolean holdsName(List<String> words, List<String> name) {
        if (words.size() <= name.size()) {
            return false;
        }
        for (int at = 0; at + name.size() <= words.size(); at++) {
            if (words.subList(at, at + name.size()).equals(name)
                    && (at == 0 || !ClusterNames.PREPOSITIONS.contains(words.get(at - 1)))) {
                return true;
            }
        }
        return false;
    }
}
