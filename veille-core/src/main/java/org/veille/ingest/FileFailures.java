package org.veille.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns a file-system exception into a sentence naming the file, without the Java class names. */
final class FileFailures {
    private FileFailures() {
    }

    static String describe(String uri, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory: " + uri;
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + uri;
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory: " + uri;
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return "cannot read " + uri + ": " + fse.getReason();
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "cannot read " + uri + ": " + detail;
    }
}
