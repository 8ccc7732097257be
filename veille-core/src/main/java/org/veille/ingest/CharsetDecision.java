package org.veille.ingest;

import java.util.List;
import java.util.Objects;

import org.veille.model.Warning;

/**
 * The charset chosen for a document, why, and what was noticed on the way.
 *
 * @param encoding   the encoding to decode with
 * @param source     what decided it
 * @param bomLength  bytes of byte order mark to skip before decoding (0 when none)
 * @param warnings   mismatches, unknown labels, guesses worth telling the user about
 */
public record CharsetDecision(TextEncoding encoding, CharsetSource source, int bomLength, List<Warning> warnings) {
    public CharsetDecision {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(source, "source");
        if (bomLength < 0 || bomLength > 3) {
            throw new IllegalArgumentException("bomLength must be 0 to 3: " + bomLength);
        }
        warnings = List.copyOf(warnings);
    }
}
