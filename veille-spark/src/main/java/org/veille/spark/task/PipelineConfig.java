package org.veille.spark.task;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.veille.ingest.IngestSettings;
import org.veille.pipeline.LanguageFilter;
import org.veille.spark.input.ArchiveSelection;

/**
 * What the executors need to build the pipeline: sent with every task (it is small), and the key under
 * which {@link PipelineHolder} keeps one pipeline per executor JVM.
 *
 * @param extractOnly no analyse stage (entities, quotations, dates stay null), as the CLI's {@code --extract-only}
 * @param maxBytes    the largest document accepted, as the CLI's {@code --max-bytes}
 * @param languages   the article languages kept (ISO 639-1, {@code und} for undetermined); empty keeps every
 *                    language. Other articles are skipped and counted, before the analyse stage
 * @param archives    which web-archive records are read (host and capture-day filters)
 * @param attributionModel a learned attribution model ({@code veille train attribution}) finding English
 *                    quotations in place of the rules, as the CLI's {@code --attribution-model}: a path
 *                    every executor can read, or the file name of one shipped with {@code --files};
 *                    null for the rules
 */
public record PipelineConfig(boolean extractOnly, long maxBytes, List<String> languages, ArchiveSelection archives,
                             String attributionModel) implements Serializable {
    private static final long serialVersionUID = 1L;

    public PipelineConfig {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1: " + maxBytes);
        }
        languages = List.copyOf(Objects.requireNonNull(languages, "languages"));
        Objects.requireNonNull(archives, "archives");
        new LanguageFilter(new HashSet<>(languages)); // checks the codes when the job is set up, before any task runs (again on executors, as records deserialise)
    }

    /** Every document of every file, any language. */
    public static PipelineConfig keepingAll(boolean extractOnly, long maxBytes) {
        return new PipelineConfig(extractOnly, maxBytes, List.of(), ArchiveSelection.ALL, null);
    }

    public IngestSettings ingestSettings() {
        return IngestSettings.defaults().withMaxBytes(maxBytes);
    }

    /** The core's filter over {@link #languages}: the same rules as {@code veille analyze --lang}. */
    public LanguageFilter languageFilter() {
        return new LanguageFilter(new HashSet<>(languages));
    }
}
