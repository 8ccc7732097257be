package org.veille.eval.quotes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.veille.extract.Whitespace;

/**
 * Decides whether a predicted speaker names the gold speaker: "full-name or alias match" in the
 * README's words. Names are compared after folding the differences that do not change who is meant:
 * case, spacing, apostrophe shapes, a leading article ("l'Office fédéral" = "Office fédéral", "the
 * spokesman" = "spokesman"), a courtesy title ("M. Slunkin" = "Slunkin") and an annotator's
 * parenthetical note ("on (rumeur)"). A surname alone matches only when the article itself calls the
 * speaker so, that is when it is among the aliases.
 */
public final class SpeakerNames {
    private static final Pattern NOTE = Pattern.compile("\\s*\\([^)]*\\)\\s*");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\s]+|[\\p{P}\\s&&[^.)]]+$");
    private static final Pattern LEADING_WORDS = Pattern.compile(
            "^(?:(?:l'|m\\.|mr\\.|mrs\\.|ms\\.|dr\\.|pr\\.)\\s*|(?:le|la|les|un|une|des|the|a|an|mme|mlle|mr|mrs|ms|dr|pr)\\s+)+");

    private SpeakerNames() {
    }

    /** The names the gold quote accepts: its speaker, co-speakers and aliases, folded. */
    public static List<String> accepted(GoldQuote gold) {
        List<String> names = new ArrayList<>();
        if (gold.speaker() != null) {
            names.add(fold(gold.speaker()));
        }
        gold.coSpeakers().forEach(s -> names.add(fold(s)));
        gold.aliases().forEach(a -> names.add(fold(a)));
        names.removeIf(String::isEmpty);
        return names;
    }

    /**
     * Whether the prediction names the gold speaker. A gold quote without a speaker is matched only
     * by a prediction without one: the article never says who speaks, so naming someone is wrong.
     */
    public static boolean matches(GoldQuote gold, String predicted) {
        if (gold.speaker() == null) {
            return predicted == null || fold(predicted).isEmpty();
        }
        if (predicted == null) {
            return false;
        }
        String name = fold(predicted);
        return !name.isEmpty() && accepted(gold).contains(name);
    }

    /**
     * A name with case, spacing, apostrophes, leading articles and titles and notes folded away. Public
     * so that other scorers ({@code org.veille.eval.clusters}) compare names exactly as this one does.
     */
    public static String fold(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('ʼ', '\'').replace('\u00A0', ' ');
        if (n.startsWith("anonymous:")) {
            n = n.substring("anonymous:".length());
        }
        n = NOTE.matcher(n).replaceAll(" ");
        n = Whitespace.RUNS.matcher(n).replaceAll(" ").trim();
        n = EDGE_PUNCTUATION.matcher(n).replaceAll("");
        n = LEADING_WORDS.matcher(n).replaceFirst("");
        return n.trim();
    }
}
