package org.veille.extract.html;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.nodes.Element;
import org.veille.extract.ResourceLines;
import org.veille.extract.Whitespace;

/**
 * Tells from its class and id whether an element is page furniture (share bars, menus, comment
 * threads...). The vocabulary lives in {@code boilerplate-attributes.txt}. Thread-safe; its only mutable
 * state is a bounded memo of answers, which depend on the attribute strings alone.
 */
final class FurnitureAttributes {

    /**
     * How sure the attribute is: strong furniture goes wherever it is, weak furniture is guarded, and
     * discussion threads are furniture on articles but content on forums. Declared strongest first.
     */
    enum Strength { STRONG, DISCUSSION, WEAK, NONE }

    private static final java.util.regex.Pattern MODIFIER = java.util.regex.Pattern.compile(
            "^([a-z]+_)?(category|cat|tag|tags|status|format|type|post-format|has|no|with|without|is|show|can|supports)-|-(enabled|active|handle|open|loaded)$");

    private static final int MEMO_CAPACITY = 50_000;

    private final Map<String, Strength> tokens = new HashMap<>();
    private final Map<String, Strength> byClass = new ConcurrentHashMap<>();
    private final Map<String, Strength> byClassAndId = new ConcurrentHashMap<>();
    private final Map<Strength, List<String[]>> phrases = new EnumMap<>(Strength.class);

    FurnitureAttributes() {
        for (String line : ResourceLines.read(FurnitureAttributes.class, "boilerplate-attributes.txt")) {
            int colon = line.indexOf(':');
            Strength strength = switch (colon < 0 ? "" : line.substring(0, colon)) {
                case "strong" -> Strength.STRONG;
                case "weak" -> Strength.WEAK;
                case "discussion" -> Strength.DISCUSSION;
                default -> throw new IllegalStateException(
                        "boilerplate-attributes.txt: a line starts with strong:, weak: or discussion:, not " + line);
            };
            String rest = line.substring(colon + 1).trim();
            if (rest.contains("|")) {
                for (String phrase : rest.split("\\|")) {
                    phrases.computeIfAbsent(strength, s -> new ArrayList<>()).add(phrase.trim().split("\\s+"));
                }
            } else {
                for (String token : rest.split("\\s+")) {
                    tokens.merge(token, strength, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
    }

    Strength classify(Element element) {
        String className = element.className();
        String id = element.id();
        if (className.isEmpty() && id.isEmpty()) {
            return Strength.NONE;
        }
        // Pages repeat the same class names on hundreds of elements (menu items, cards, list rows), and
        // sites repeat them on every page: the answer depends on the strings alone, so remember it.
        // Most elements have a class and no id: those are looked up by the class string itself, which
        // spares building a key (and hashing it afresh) for each of them.
        Map<String, Strength> memo = id.isEmpty() ? byClass : byClassAndId;
        String key = id.isEmpty() ? className : className + '#' + id;
        Strength known = memo.get(key);
        if (known == null) {
            known = classify(className, id);
            if (memo.size() >= MEMO_CAPACITY) {
                memo.clear(); // a crude bound: unique ids ("post-81723") would otherwise grow it forever
            }
            memo.put(key, known);
        }
        return known;
    }

    private Strength classify(String className, String id) {
        List<String> words = tokens(withoutModifiers(className) + " " + id);
        Strength strength = Strength.NONE;
        for (String word : words) {
            Strength found = tokens.get(word);
            if (found != null && found.compareTo(strength) < 0) {
                strength = found;
            }
        }
        for (Map.Entry<Strength, List<String[]>> entry : phrases.entrySet()) {
            if (entry.getKey().compareTo(strength) < 0 && containsPhrase(words, entry.getValue())) {
                strength = entry.getKey();
            }
        }
        return strength;
    }

    /**
     * Drops class names that describe state or taxonomy rather than role: WordPress adds
     * "category-ads" or "tag-social" to the article itself (shops add "product_tag-gifts" and
     * "product_cat-sale" to the product), and "has-comments" or "no-sidebar" say what is elsewhere
     * on the page.
     */
    static String withoutModifiers(String className) {
        if (className.isEmpty()) {
            return className;
        }
        StringBuilder kept = new StringBuilder();
        for (String name : Whitespace.RUNS.split(className)) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (MODIFIER.matcher(lower).find()) {
                continue;
            }
            kept.append(name).append(' ');
        }
        return kept.toString();
    }

    /** Splits attribute values into lower-case words at every non-letter and camelCase boundary. */
    static List<String> tokens(String value) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char previous = ' ';
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(previous) && word.length() > 0) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            previous = c;
        }
        if (word.length() > 0) {
            tokens.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return tokens;
    }

    private static boolean containsPhrase(List<String> tokens, List<String[]> phrases) {
        for (String[] phrase : phrases) {
            outer:
            for (int i = 0; i + phrase.length <= tokens.size(); i++) {
                for (int j = 0; j < phrase.length; j++) {
                    if (!tokens.get(i + j).equals(phrase[j])) {
                        continue outer;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
