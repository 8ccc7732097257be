package org.veille.spark.output;

import java.util.Objects;

import org.veille.model.ArticleRecord;

/**
 * One pipeline record with the input file it was read from: the file is what the job schedules,
 * resumes and reports on, so every row says which one it came from.
 *
 * @param inputFile the input file's full path as the job listed it ({@code s3a://…/x.warc.gz})
 * @param record    the record the pipeline made, an article or an error
 */
public record FileRecord(String inputFile, ArticleRecord record) {
    public FileRecord {
        Objects.requireNonNull(inputFile, "inputFile");
        Objects.requireNonNull(record, "record");
    }
}
