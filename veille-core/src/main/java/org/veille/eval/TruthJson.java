package org.veille.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One truth file's JSON object with the lenient reads the sets need: a field may be missing, JSON null,
 * NaN (htmldate-dates writes {@code "date": NaN} for its five undated pages), a string, or for authors
 * sometimes a list.
 *
 * @param id   the page id, from the file name
 * @param node the parsed object
 */
record TruthJson(String id, JsonNode node) {

    boolean has(String key) {
        return node.has(key);
    }

    /** The string value, or null when missing, null, NaN or not a string. */
    String text(String key) {
        JsonNode v = node.get(key);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    /** A string as a one-element list, a list of strings as is; empty when missing or null. */
    List<String> strings(String key) {
        JsonNode v = node.get(key);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.isTextual()) {
            out.add(v.asText());
        } else if (v.isArray()) {
            for (JsonNode item : v) {
                if (item.isTextual()) {
                    out.add(item.asText());
                }
            }
        }
        return out;
    }

    Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }
}
