package org.veille.spark.input;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.veille.ingest.DocumentInput;
import org.veille.model.ErrorKind;
import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/**
 * One page file on any Hadoop file system (local, HDFS, S3), read when asked as the CLI reads a local
 * file: gzip undone (by name or signature), the size cap checked on the file size, then while reading,
 * so neither a huge file nor a gzip bomb is held whole. Failures come back as outcomes naming the file.
 */
final class HadoopPageInput implements DocumentInput {
    private static final int CHUNK = 64 * 1024;
    private final Path path;
    private final String name;
    private final Configuration conf;
    private final long maxBytes;

    HadoopPageInput(Path path, Configuration conf, long maxBytes) {
        this.path = Objects.requireNonNull(path, "path");
        this.name = InputNames.of(path);
        this.conf = Objects.requireNonNull(conf, "conf");
        this.maxBytes = maxBytes;
    }

    @Override
    public String uri() {
        return name;
    }

    @Override
    public Outcome<RawDocument> read() {
        try {
            FileSystem fs = path.getFileSystem(conf);
            long size = fs.getFileStatus(path).getLen();
            if (size > maxBytes) {
                return Outcome.failed(ErrorKind.TOO_LARGE, name + " is " + size + " bytes, over the " + maxBytes + " byte cap");
            }
            try (InputStream in = decompressed(new BufferedInputStream(fs.open(path)))) {
                byte[] bytes = readUpTo(in, maxBytes);
                if (bytes.length > maxBytes) {
                    return Outcome.failed(ErrorKind.TOO_LARGE, name + " decompresses to more than the " + maxBytes + " byte cap");
                }
                return Outcome.ok(new RawDocument(name, ByteBuffer.wrap(bytes), null));
            }
        } catch (ZipException | EOFException e) {
            return Outcome.failed(ErrorKind.UNREADABLE, "corrupt or truncated gzip data in " + name + ": " + e.getMessage());
        } catch (IOException e) {
            return Outcome.failed(ErrorKind.UNREADABLE, "cannot read " + name + ": " + e);
        }
    }

    private InputStream decompressed(BufferedInputStream in) throws IOException {
        in.mark(2);
        boolean signed = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        boolean named = path.getName().toLowerCase(Locale.ROOT).endsWith(".gz");
        return signed || named ? new GZIPInputStream(in, CHUNK) : in;
    }

    /** Up to {@code limit + 1} bytes: one more than the cap tells the caller the cap was passed. */
    private static byte[] readUpTo(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    }

    @Override
    public String toString() {
        return "HadoopPageInput[" + name + "]";
    }
}
