package org.veille.analyse.attribution;

/**
 * What a word does in an attribution. A tag is a role with where the word stands in its span: the
 * first word ({@code B}) or a later one ({@code I}); {@link #OUTSIDE} is every other word. Tags are
 * small integers so that the tagger's tables are arrays.
 */
public enum Role {
    SOURCE, CUE, CONTENT;

    /** The tag of a word outside every attribution. */
    public static final int OUTSIDE = 0;
    /** How many tags there are: outside, then a begin and an inside tag per role. */
    public static final int TAGS = 1 + 2 * values().length;

    public int begin() {
        return 1 + 2 * ordinal();
    }

    public int inside() {
        return 2 + 2 * ordinal();
    }

    /** The role of a tag, or null for {@link #OUTSIDE}. */
    public static Role of(int tag) {
        return tag == OUTSIDE ? null : values()[(tag - 1) / 2];
    }

    public static boolean isBegin(int tag) {
        return tag != OUTSIDE && (tag - 1) % 2 == 0;
    }

    /** Whether a tag may follow another: an inside tag only continues its own role's span. */
    public static boolean allowed(int previous, int tag) {
        if (tag == OUTSIDE || isBegin(tag)) {
            return true;
        }
        return previous != OUTSIDE && of(previous) == of(tag);
    }

    /** "Source" → SOURCE, as a corpus names roles; null for a name that is not a role. */
    public static Role named(String name) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(name)) {
                return r;
            }
        }
        return null;
    }
}
