package org.veille.store;

/** The text of a query cannot be read; the message says why in plain words, without Lucene's parser trace. */
public final class QuerySyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    QuerySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
