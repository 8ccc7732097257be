package org.veille.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.veille.ingest.warc.ArchiveCounts;
import org.veille.model.ArticleRecord;

/**
 * What a run of {@code analyze} or {@code ingest} read and left out, for the one line printed on
 * stderr at its end: records met in web archives and why some were skipped, pages the language
 * filter turned away, and the records that came out. Records skipped never reach stdout, so this
 * line is where the user learns of them. Fed from the thread that consumes the run's records.
 */
final class RunSummary {
    private ArchiveCounts archives = ArchiveCounts.ZERO;
    private long languageSkipped;
    private long articles;
    private long errors;

    void addArchives(ArchiveCounts counts) {
        archives = archives.plus(counts);
    }

    void languageSkipped() {
        languageSkipped++;
    }

    void out(ArticleRecord record) {
        if (record.isError()) {
            errors++;
        } else {
            articles++;
        }
    }

    /**
     * The line, when there is something to say beyond the records on stdout: a run over web
     * archives, or one whose language filter turned pages away. A run over plain pages says nothing.
     */
    Optional<String> line() {
        if (archives.records() == 0 && languageSkipped == 0) {
            return Optional.empty();
        }
        StringJoiner parts = new StringJoiner("; ", "veille: ", "");
        if (archives.records() > 0) {
            StringBuilder read = new StringBuilder(String.format(Locale.ROOT, "web archives: %d records read, %d pages",
                    archives.records(), archives.documents()));
            read.append(", ").append(archives.skippedTotal()).append(" skipped");
            if (!archives.skipped().isEmpty()) {
                StringJoiner reasons = new StringJoiner(", ", " (", ")");
                for (Map.Entry<String, Long> reason : archives.skippedInOrder().entrySet()) {
                    reasons.add(reason.getKey() + " " + reason.getValue());
                }
                read.append(reasons);
            }
            read.append(", ").append(archives.failed()).append(" failed");
            parts.add(read);
        }
        if (languageSkipped > 0) {
            parts.add(languageSkipped + " skipped by --lang");
        }
        parts.add(String.format(Locale.ROOT, "%d articles out, %d error records", articles, errors));
        return Optional.of(parts.toString());
    }
}
