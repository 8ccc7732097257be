package org.veille.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.veille.ingest.warc.ArchiveCounts;
import org.veille.ingest.warc.ArchiveDetector;
import org.veille.ingest.warc.ArchiveFilter;
import org.veille.ingest.warc.ArchiveReader;
import org.veille.model.ErrorKind;
import org.veille.model.RawDocument;

/**
 * Expands command-line arguments into the documents to process, lazily and in a deterministic order.
 *
 * <p>Each argument is, in this order of checks:
 * <ul>
 *   <li>{@code -}: standard input, read once (it cannot be read twice, so its bytes are taken when
 *       the resolver reaches it; a second {@code -} yields a failing input);</li>
 *   <li>an http(s) URL: fetched when read;</li>
 *   <li>a folder: walked recursively, files sorted by path, hidden names skipped;</li>
 *   <li>a web archive ({@code .warc}, {@code .warc.gz}, or any file whose content starts with a
 *       WARC record): expands into one input per page record, read as the records are reached
 *       ({@link ArchiveReader}, with the resolver's {@link ArchiveFilter}); records it skips are
 *       counted in {@link #archiveCounts()};</li>
 *   <li>a file: read when read; but a file whose lines are all http(s) URLs is a URL list and
 *       expands into one input per URL, so each URL gets its own record.</li>
 * </ul>
 * A path that does not exist still yields an input, whose read fails with {@code UNREADABLE}, so
 * that every argument is accounted for in the output.
 *
 * <p>Resolution reads no document, except the bounded prefixes needed to tell URL lists and web
 * archives apart (an archive's records are then read as the iterator reaches them), and
 * sources that can only be read once (standard input, named pipes). The returned iterator is
 * single-threaded; the inputs it yields may be read from any thread.
 */
public final class InputResolver {

    /** The argument naming standard input. */
    public static final String STDIN = "-";

    private final IngestSettings settings;
    private final Fetcher fetcher;
    private final Supplier<InputStream> stdin;
    private final ArchiveFilter archiveFilter;
    private final AtomicBoolean stdinTaken = new AtomicBoolean();
    /** Counts of the archives already read to their end, and the one being read. */
    private ArchiveCounts finishedArchives = ArchiveCounts.ZERO;
    private ArchiveReader currentArchive;

    /** A resolver reading {@code -} from {@link System#in}. */
    public InputResolver(IngestSettings settings, Fetcher fetcher) {
        this(settings, fetcher, () -> System.in);
    }

    public InputResolver(IngestSettings settings, Fetcher fetcher, Supplier<InputStream> stdin) {
        this(settings, fetcher, stdin, ArchiveFilter.NONE);
    }

    /** A resolver reading {@code -} from {@link System#in} and web archives through {@code archiveFilter}. */
    public InputResolver(IngestSettings settings, Fetcher fetcher, ArchiveFilter archiveFilter) {
        this(settings, fetcher, () -> System.in, archiveFilter);
    }

    public InputResolver(IngestSettings settings, Fetcher fetcher, Supplier<InputStream> stdin,
                         ArchiveFilter archiveFilter) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.archiveFilter = Objects.requireNonNull(archiveFilter, "archiveFilter");
    }

    /**
     * What the web archives met so far gave: records read, documents yielded, skipped by reason,
     * failed. Call from the thread that iterates, e.g. once the inputs are exhausted.
     */
    public ArchiveCounts archiveCounts() {
        return currentArchive == null ? finishedArchives : finishedArchives.plus(currentArchive.counts());
    }

    /** The inputs for {@code arguments}, in argument order, each argument expanded when reached. */
    public Iterator<DocumentInput> resolve(List<String> arguments) {
        return new FlatteningIterator<>(List.copyOf(arguments).iterator(), this::expand);
    }

    /** {@link #resolve} as a sequential, ordered stream. */
    public Stream<DocumentInput> stream(List<String> arguments) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(resolve(arguments),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private Iterator<DocumentInput> expand(String argument) {
        if (argument.equals(STDIN)) {
            return expandStdin();
        }
        if (UrlListDetector.isHttpUrl(argument)) {
            return single(new UrlInput(argument, fetcher));
        }
        if (argument.isBlank()) {
            return single(new FailedInput(argument, ErrorKind.UNREADABLE, "empty argument: no file, folder or URL named"));
        }
        Path path;
        try {
            path = Path.of(argument);
        } catch (InvalidPathException e) {
            return single(new FailedInput(argument, ErrorKind.UNREADABLE, "not a valid path: " + argument
                    + " (" + e.getReason() + ")"));
        }
        if (Files.isDirectory(path)) {
            return new FlatteningIterator<>(new FolderWalker(path), this::expandWalked);
        }
        if (!Files.exists(path)) {
            String message = Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                    ? "broken symbolic link: " + argument
                    : "no such file or directory: " + argument;
            return single(new FailedInput(argument, ErrorKind.UNREADABLE, message));
        }
        return expandFile(path, argument);
    }

    private Iterator<DocumentInput> expandWalked(FolderWalker.Entry entry) {
        String uri = entry.path().toString();
        if (entry.failure() != null) {
            return single(new FailedInput(uri, ErrorKind.UNREADABLE, entry.failure()));
        }
        return expandFile(entry.path(), uri);
    }

    private Iterator<DocumentInput> expandFile(Path path, String uri) {
        if (!Files.isRegularFile(path) && Files.exists(path)) {
            // A named pipe or device: probing it for a URL list would consume it, so read it once.
            try (InputStream in = Files.newInputStream(path)) {
                return fromReadOnce(uri, in);
            } catch (IOException e) {
                return single(new FailedInput(uri, ErrorKind.UNREADABLE, FileFailures.describe(uri, e)));
            }
        }
        if (ArchiveDetector.isArchive(path)) {
            return openArchive(path, uri);
        }
        Optional<List<String>> urls = urlListIn(path);
        if (urls.isPresent()) {
            return urlInputs(urls.get());
        }
        return single(new FileInput(uri, path, settings));
    }

    /** The archive's page records, read lazily; the reader closes the file once it is exhausted. */
    private Iterator<DocumentInput> openArchive(Path path, String uri) {
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (IOException e) {
            return single(new FailedInput(uri, ErrorKind.UNREADABLE, FileFailures.describe(uri, e)));
        }
        if (currentArchive != null) {
            finishedArchives = finishedArchives.plus(currentArchive.counts());
            currentArchive.close();
        }
        currentArchive = ArchiveReader.open(in, uri, settings, archiveFilter);
        return currentArchive;
    }

    /** The URLs when {@code path} is a URL list; on any read problem, not a list (its read will report). */
    private Optional<List<String>> urlListIn(Path path) {
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = GzipSupport.maybeDecompress(raw, FileInput.hasGzipName(path))) {
            return UrlListDetector.detect(in, settings.maxBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Iterator<DocumentInput> expandStdin() {
        if (!stdinTaken.compareAndSet(false, true)) {
            return single(new FailedInput(STDIN, ErrorKind.UNREADABLE,
                    "standard input was already read (- given more than once)"));
        }
        // Not closed: standard input belongs to the process, not to this resolver.
        return fromReadOnce(STDIN, stdin.get());
    }

    /** Reads a source that cannot be read twice, then treats its bytes as a URL list or a document. */
    private Iterator<DocumentInput> fromReadOnce(String uri, InputStream source) {
        String name = uri.equals(STDIN) ? "standard input" : uri;
        long cap = settings.maxBytes();
        byte[] bytes;
        try {
            InputStream in = GzipSupport.maybeDecompress(source, false);
            bytes = BoundedReader.readUpTo(in, cap);
        } catch (IOException e) {
            String message = GzipSupport.isCorruption(e)
                    ? GzipSupport.describeCorruption(e) + " in " + name
                    : "cannot read " + name + ": " + e.getMessage();
            return single(new FailedInput(uri, ErrorKind.UNREADABLE, message));
        }
        if (bytes.length > cap) {
            return single(new FailedInput(uri, ErrorKind.TOO_LARGE,
                    name + " is more than the " + ByteSizes.describe(cap) + " cap"));
        }
        Optional<List<String>> urls;
        try {
            urls = UrlListDetector.detect(new ByteArrayInputStream(bytes), bytes.length);
        } catch (IOException e) {
            throw new AssertionError("in-memory stream failed", e);
        }
        if (urls.isPresent()) {
            return urlInputs(urls.get());
        }
        return single(new MemoryInput(new RawDocument(uri, ByteBuffer.wrap(bytes), null)));
    }

    private Iterator<DocumentInput> urlInputs(List<String> urls) {
        return urls.stream().<DocumentInput>map(url -> new UrlInput(url, fetcher)).iterator();
    }

    private static Iterator<DocumentInput> single(DocumentInput input) {
        return List.of(input).iterator();
    }
}
