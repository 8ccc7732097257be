package org.veille.eval.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named entity as conlleval counts it: a type and a span of whole tokens, end exclusive.
 */
public record EntitySpan(String type, int start, int end) {
    public EntitySpan {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
        }
    }

    /**
     * The spans of an IOB2 tag sequence. As conlleval does, an I- tag that does not continue an entity
     * of its type starts one.
     */
    public static List<EntitySpan> fromIob2(List<String> tags) {
        List<EntitySpan> spans = new ArrayList<>();
        String type = null;
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean begins = tag.startsWith("B-") || tag.startsWith("I-") && !tag.substring(2).equals(type);
            boolean continues = tag.startsWith("I-") && tag.substring(2).equals(type);
            if (type != null && !continues) {
                spans.add(new EntitySpan(type, start, i));
                type = null;
            }
            if (begins) {
                type = tag.substring(2);
                start = i;
            }
        }
        return spans;
    }
}
