package org.veille.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The courtesy titles news puts before a person's name, French and English, in one place: the mention
 * finder keeps them in the mention ("M. Slunkin"), the clusterer and name keys compare names without
 * them, and a title with a bare surname is how a paper refers back to someone ("Même M. Kavaleuski").
 */
public final class CourtesyTitles {
    /** The titles as a regular-expression alternation, abbreviation dots optional where English drops them. */
    private static final String ALTERNATIVES = "M\\.|Mme|Mlle|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Pr\\.?|Me|Mgr";

    /** A title ending a stretch of text, before a name that starts right after it. */
    public static final Pattern BEFORE_NAME = Pattern.compile("(?<![\\p{L}])(?:" + ALTERNATIVES + ")\\s+$");
    /** A title opening a name. */
    public static final Pattern OPENING = Pattern.compile("^(?:" + ALTERNATIVES + ")\\s+");
    /** A title followed by a surname alone ("M. Kavaleuski", "Mrs Ndlovu"). */
    public static final Pattern WITH_SURNAME = Pattern.compile("(?:" + ALTERNATIVES + ")\\s+\\p{Lu}[\\p{L}'’-]+");
    /** The titles as lower-case words without their dots, for word-by-word comparison. */
    public static final Set<String> WORDS = Set.of("m", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "me", "mgr");

    private CourtesyTitles() {
    }
}
