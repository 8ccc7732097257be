package org.veille.store;

/** Another writer, in this process or another, holds the index: one writer per index at a time. */
public final class StoreLockedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
