package org.veille.spark.input;

import java.util.Locale;

/** What an input file holds, told by its name: a web archive or one page. */
public enum InputKind {
    /** {@code .warc} or {@code .warc.gz}: many records, read with the core's archive reader. */
    WEB_ARCHIVE,
    /** Anything else (HTML, a text dump, either gzipped): one document, as {@code veille analyze} reads a file. */
    PAGE;

    public static InputKind of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz") ? WEB_ARCHIVE : PAGE;
    }
}
