package org.veille.ingest.warc;

import java.io.IOException;

/**
 * The archive's compressed bytes are damaged (corrupt or cut-short gzip data): the record being read
 * is lost and reading resumes at the next intact gzip member. Kept apart from other I/O errors,
 * which mean the device failed and end the reading.
 */
final class ArchiveDamage extends IOException {
    ArchiveDamage(String message) {
        super(message);
    }
}
