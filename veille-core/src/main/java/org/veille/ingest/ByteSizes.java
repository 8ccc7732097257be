package org.veille.ingest;

import java.util.Locale;

/** Human-readable byte counts for error messages ("12.5 MiB"), in binary units like the cap itself. */
public final class ByteSizes {
    private static final long KIB = 1024;
    private static final long MIB = KIB * 1024;
    private static final long GIB = MIB * 1024;

    private ByteSizes() {
    }

    public static String describe(long bytes) {
        if (bytes < KIB) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < MIB) {
            return scaled(bytes, KIB, "KiB");
        }
        if (bytes < GIB) {
            return scaled(bytes, MIB, "MiB");
        }
        return scaled(bytes, GIB, "GiB");
    }

    private static String scaled(long bytes, long unit, String name) {
        if (bytes % unit == 0) {
            return bytes / unit + " " + name;
        }
        return String.format(Locale.ROOT, "%.1f %s", (double) bytes / unit, name);
    }
}
