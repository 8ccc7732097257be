package org.veille.model;

import java.util.Objects;

/**
 * Something a stage noticed and worked around, such as a declared charset contradicted by the bytes.
 *
 * @param stage   the pipeline stage that raised it ({@code ingest}, {@code extract}, {@code language})
 * @param code    a stable kebab-case identifier, e.g. {@code charset-mismatch}
 * @param message a human sentence with the specifics
 */
public record Warning(String stage, String code, String message) {
    public Warning {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
