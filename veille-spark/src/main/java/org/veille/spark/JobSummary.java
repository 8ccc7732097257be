package org.veille.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.veille.spark.output.OutputFormat;
import org.veille.spark.task.JobCounters;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What one run did, printed at the end and written to {@code _summary.json} in the output folder.
 *
 * @param format         what was written
 * @param inputFiles     files the inputs named
 * @param alreadyDone    of those, files an earlier run over the same output had committed: not read again
 * @param batches        Spark jobs run (one per batch of files)
 * @param counts         the counters over the files read in this run
 * @param seconds        wall time of the run
 */
public record JobSummary(OutputFormat format, int inputFiles, int alreadyDone, int batches, JobCounters.Counts counts,
                         double seconds) {

    /** The summary as an ordered map, ready for JSON. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("format", format.name());
        map.put("inputFiles", inputFiles);
        map.put("alreadyDone", alreadyDone);
        map.put("filesRead", counts.files());
        map.put("batches", batches);
        map.put("recordsRead", counts.records());
        map.put("skipped", counts.skippedTotal());
        map.put("skippedByReason", counts.skipped());
        map.put("failed", counts.failed());
        map.put("articles", counts.articles());
        map.put("seconds", Math.round(seconds * 10) / 10.0);
        return map;
    }

    public String toJson() {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(toMap());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(FileSystem fs, Path path) {
        try (OutputStream out = fs.create(path, true)) {
            out.write(toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the summary " + path + ": " + e.getMessage(), e);
        }
    }

    /** For people, on standard output when the job ends. */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "veille-spark: %d input file(s), %d already done, %d read in %d batch(es); %d record(s) read, "
                        + "%d skipped %s, %d error record(s), %d article(s) written; %.1f s",
                inputFiles, alreadyDone, counts.files(), batches, counts.records(), counts.skippedTotal(), counts.skipped(),
                counts.failed(), counts.articles(), seconds);
    }
}
