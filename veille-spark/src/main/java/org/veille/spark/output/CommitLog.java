package org.veille.spark.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Makes the job resumable and its re-runs idempotent, one batch of input files at a time.
 *
 * <p>A batch is written under {@code _veille/staging/<batch>} (where a failed attempt leaves at most
 * partial files nobody reads). Once Spark has written all of it, the commit is two steps: first a
 * manifest naming the batch's input files and every output file's move is written, atomically (a
 * temporary file renamed); then the files are moved into the tables. The manifest is the point of no
 * return: a run that finds one finishes its moves (roll forward), and counts its input files as done.
 * A batch without a manifest never happened: its staging folder is deleted and its files are read
 * again. So a file's records are in the tables exactly once, whenever a run stops.
 */
public final class CommitLog {
    private static final String SUFFIX = ".json";
    private final ObjectMapper mapper = new ObjectMapper();
    private final FileSystem fs;
    private final OutputLayout layout;

    public CommitLog(FileSystem fs, OutputLayout layout) {
        this.fs = Objects.requireNonNull(fs, "fs");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /**
     * Finishes the moves of every committed batch, deletes what uncommitted ones left, and returns what
     * earlier runs did.
     */
    public Done recover() {
        Set<String> inputs = new HashSet<>();
        Set<String> formats = new HashSet<>();
        try {
            if (fs.exists(layout.commits())) {
                for (FileStatus status : fs.listStatus(layout.commits())) {
                    if (!status.getPath().getName().endsWith(SUFFIX)) {
                        continue; // a manifest that was being written: its batch is not committed
                    }
                    JsonNode manifest = read(status.getPath());
                    formats.add(manifest.path("format").asText());
                    manifest.path("inputs").forEach(input -> inputs.add(input.asText()));
                    move(manifest.path("moves"));
                }
            }
            fs.delete(layout.staging(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the commit log under " + layout.commits() + ": " + e.getMessage(), e);
        }
        return new Done(inputs, formats);
    }

    /** What earlier runs committed: the input files done, and the formats they were written in. */
    public record Done(Set<String> inputs, Set<String> formats) {
        public Done {
            inputs = Set.copyOf(inputs);
            formats = Set.copyOf(formats);
        }
    }

    /** Commits a batch Spark has finished writing under {@code staging(batch)}. */
    public void commit(String batch, OutputFormat format, List<String> inputs) {
        try {
            Path staging = layout.staging(batch);
            ObjectNode manifest = mapper.createObjectNode();
            manifest.put("batch", batch);
            manifest.put("format", format.name());
            ArrayNode inputArray = manifest.putArray("inputs");
            inputs.forEach(inputArray::add);
            ArrayNode moves = manifest.putArray("moves");
            for (String file : stagedFiles(staging)) {
                moves.addObject().put("from", file).put("to", finalName(file, format));
            }
            Path target = new Path(layout.commits(), batch + SUFFIX);
            Path temporary = new Path(layout.commits(), batch + SUFFIX + ".writing");
            if (fs.exists(target)) {
                // A local rename would replace it, and the earlier batch's inputs would be read again by the
                // next run, their records written twice.
                throw new IOException("batch " + batch + " is committed already; a batch id is never reused");
            }
            fs.mkdirs(layout.commits());
            try (OutputStream out = fs.create(temporary, true)) {
                mapper.writerWithDefaultPrettyPrinter().writeValue(out, manifest);
            }
            if (!fs.rename(temporary, target)) {
                throw new IOException("cannot rename " + temporary + " to " + target);
            }
            move(moves);
            fs.delete(staging, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit batch " + batch + ": " + e.getMessage(), e);
        }
    }

    /** Data files under {@code staging}, relative to the output root ({@code _veille/staging/b/articles/language=fr/part-…}). */
    private List<String> stagedFiles(Path staging) throws IOException {
        List<String> files = new ArrayList<>();
        if (!fs.exists(staging)) {
            return files;
        }
        String root = fs.makeQualified(layout.root()).toUri().getPath();
        RemoteIterator<LocatedFileStatus> walk = fs.listFiles(staging, true);
        while (walk.hasNext()) {
            Path file = walk.next().getPath();
            String name = file.getName();
            if (!name.startsWith("_") && !name.startsWith(".")) {
                files.add(relative(root, file.toUri().getPath()));
            }
        }
        files.sort(null);
        return files;
    }

    private static String relative(String root, String path) {
        String prefix = root.endsWith("/") ? root : root + "/";
        if (!path.startsWith(prefix)) {
            throw new IllegalStateException(path + " is not under the output folder " + root);
        }
        return path.substring(prefix.length());
    }

    /** {@code _veille/staging/<batch>/articles/x/part-…txt} → {@code articles/x/part-….jsonl}. */
    private static String finalName(String staged, OutputFormat format) {
        String[] parts = staged.split("/", 4);
        String name = parts[3];
        if (format == OutputFormat.jsonl && name.endsWith(".txt")) {
            name = name.substring(0, name.length() - ".txt".length()) + ".jsonl";
        }
        return name;
    }

    /** Performs the moves not done yet; done ones (source gone, target there) are left as they are. */
    private void move(JsonNode moves) throws IOException {
        for (JsonNode move : moves) {
            Path from = new Path(layout.root(), move.path("from").asText());
            Path to = new Path(layout.root(), move.path("to").asText());
            if (fs.exists(from)) {
                fs.mkdirs(to.getParent());
                if (!fs.rename(from, to)) {
                    throw new IOException("cannot move " + from + " to " + to);
                }
            } else if (!fs.exists(to)) {
                throw new IOException("committed output file " + to + " is missing, and so is its staged copy " + from);
            }
        }
    }

    private JsonNode read(Path manifest) throws IOException {
        try (InputStream in = fs.open(manifest)) {
            return mapper.readTree(in);
        }
    }
}
