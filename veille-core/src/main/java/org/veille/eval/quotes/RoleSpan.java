package org.veille.eval.quotes;

/**
 * One piece of one attribution in a corpus annotated as PolNeAR is: the source, cue or content words
 * of a relation, in char offsets of the article text. A content interrupted by its cue ("These were
 * not omissions, Brafman noted; the government…") is two pieces of the same relation.
 *
 * @param relation the relation's number in its article
 * @param role     "Source", "Cue" or "Content"
 * @param start    char offset (Java string index, not brat's code points)
 * @param end      exclusive char offset
 */
public record RoleSpan(int relation, String role, int start, int end) {
    public RoleSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + role);
        }
    }
}
