package org.veille.model;

import java.util.Objects;

/** Why one document yielded no article: a value carried to the output, never a crash of the batch. */
public record ArticleError(ErrorKind kind, String message) {
    public ArticleError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public static ArticleError of(ErrorKind kind, String message) {
        return new ArticleError(kind, message);
    }
}
