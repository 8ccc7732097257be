package org.veille.spark.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the job's input files on the driver: each argument is a Hadoop glob ({@code s3a://…/2023/02/*.warc.gz})
 * or a folder, read recursively. The list is sorted and free of duplicates, so two runs over the same
 * inputs see the same files in the same order; names starting with {@code _} or {@code .} (Hadoop's
 * hidden files: markers, checksums) are left out, as Spark's own readers leave them out.
 */
public final class InputListing {
    private final Configuration conf;

    public InputListing(Configuration conf) {
        this.conf = conf;
    }

    /**
     * The fully qualified paths of every file the arguments name.
     *
     * @throws IllegalArgumentException when an argument names nothing: a typo in a glob must not end as an empty, "successful" job
     */
    public List<String> list(List<String> globs) {
        TreeSet<String> files = new TreeSet<>();
        for (String glob : globs) {
            int before = files.size();
            try {
                Path pattern = new Path(glob);
                FileSystem fs = pattern.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(pattern);
                if (matches != null) {
                    for (FileStatus match : matches) {
                        addFiles(fs, match, files);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list input " + glob + ": " + e.getMessage(), e);
            }
            if (files.size() == before) {
                throw new IllegalArgumentException("no input file matches " + glob);
            }
        }
        return new ArrayList<>(files);
    }

    private static void addFiles(FileSystem fs, FileStatus match, TreeSet<String> files) throws IOException {
        if (isHidden(match.getPath())) {
            return;
        }
        if (match.isFile()) {
            files.add(match.getPath().toString());
            return;
        }
        RemoteIterator<LocatedFileStatus> walk = fs.listFiles(match.getPath(), true);
        while (walk.hasNext()) {
            LocatedFileStatus file = walk.next();
            if (!isHidden(file.getPath()) && !hiddenBelow(match.getPath(), file.getPath())) {
                files.add(file.getPath().toString());
            }
        }
    }

    private static boolean isHidden(Path path) {
        String name = path.getName();
        return name.startsWith("_") || name.startsWith(".");
    }

    /** Whether a folder between {@code root} and {@code file} is hidden. */
    private static boolean hiddenBelow(Path root, Path file) {
        for (Path p = file.getParent(); p != null && !p.equals(root); p = p.getParent()) {
            if (isHidden(p)) {
                return true;
            }
        }
        return false;
    }
}
