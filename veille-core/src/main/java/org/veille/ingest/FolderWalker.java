package org.veille.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Walks a folder lazily, yielding its files in a deterministic order and skipping hidden entries.
 *
 * <p>The order is that of the full paths sorted as strings (for ASCII names, what
 * {@code find | LC_ALL=C sort} gives), obtained without listing the whole tree: each directory's
 * entries are sorted with a directory compared as its name plus {@code /}, which is exactly where
 * its files fall in the full-path order. Only one listing per open level is held, never file
 * contents.
 *
 * <p>Names starting with a dot are skipped (version-control folders, editor back-ups, OS litter).
 * Symbolic links are followed, but a directory already visited is not entered twice, so link loops
 * end. Special files (sockets, pipes) are skipped since reading them could block; a broken link is
 * yielded so that its read reports it.
 */
final class FolderWalker implements Iterator<FolderWalker.Entry> {

    /** A file to read, or a directory that could not be listed ({@code failure} non-null). */
    record Entry(Path path, String failure) {
        Entry {
            Objects.requireNonNull(path, "path");
        }
    }

    private final Deque<Iterator<Path>> levels = new ArrayDeque<>();
    private final Set<Path> visited = new HashSet<>();
    private Entry next;

    FolderWalker(Path root) {
        Objects.requireNonNull(root, "root");
        next = enter(root);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Entry result = next;
        next = null;
        return result;
    }

    private Entry advance() {
        while (!levels.isEmpty()) {
            Iterator<Path> level = levels.peek();
            if (!level.hasNext()) {
                levels.pop();
                continue;
            }
            Path path = level.next();
            if (Files.isDirectory(path)) {
                Entry failure = enter(path);
                if (failure != null) {
                    return failure;
                }
            } else if (Files.isRegularFile(path) || !Files.exists(path)) {
                return new Entry(path, null);
            }
        }
        return null;
    }

    /** Pushes the sorted listing of {@code dir}; returns an entry only when listing failed. */
    private Entry enter(Path dir) {
        try {
            if (!visited.add(dir.toRealPath())) {
                return null;
            }
            levels.push(sortedChildren(dir).iterator());
            return null;
        } catch (IOException e) {
            return new Entry(dir, "cannot list folder: " + FileFailures.describe(dir.toString(), e));
        }
    }

    private static List<Path> sortedChildren(Path dir) throws IOException {
        List<Keyed> children = new ArrayList<>();
        try (Stream<Path> listing = Files.list(dir)) {
            for (Iterator<Path> it = listing.iterator(); it.hasNext(); ) {
                Path child = it.next();
                String name = child.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                children.add(new Keyed(Files.isDirectory(child) ? name + "/" : name, child));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        children.sort(Comparator.comparing(Keyed::key));
        return children.stream().map(Keyed::path).toList();
    }

    private record Keyed(String key, Path path) {
    }
}
