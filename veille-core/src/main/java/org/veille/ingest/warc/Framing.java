package org.veille.ingest.warc;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Where records start in an archive file, plain or gzip-compressed, and how to find the next one
 * after a damaged record. The record's content is parsed elsewhere ({@link RecordParser}).
 */
interface Framing extends Closeable {

    /**
     * Moves to the start of the next record, past the blank lines that end the previous one.
     * False at the end of the archive.
     *
     * @throws ArchiveDamage when the compressed data there is damaged
     */
    boolean nextRecord() throws IOException;

    /** Where the current record starts: its byte offset, or the offset of its gzip member. */
    long recordOffset();

    /** The archive's (decompressed) bytes from the current record on. */
    InputStream data();

    /**
     * After a record read to its end: moves past the blank lines that follow it and, when nothing
     * else follows in its gzip member, through the member's end, so that damage there (a bad CRC, a
     * trailer cut short) is that record's, before its outcome is handed out.
     *
     * @throws ArchiveDamage when the compressed data up to there is damaged
     */
    void endRecord() throws IOException;

    /**
     * After the current record could not be read to its end: moves to where the next record may
     * start. False when no record is left.
     *
     * @param compressionDamage whether the compressed data was damaged (otherwise the record itself was)
     */
    boolean recover(boolean compressionDamage) throws IOException;

    /**
     * How many bytes the last {@link #recover} could not search for the next record because they had
     * left the look-back window (a wrong length carried reading far past the damaged record's
     * start); 0 when it searched everything from just after that start.
     */
    long unsearchedBytes();
}
