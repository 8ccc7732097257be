package org.veille.spark.task;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.veille.output.ArticleJson;
import org.veille.spark.input.InputFiles;
import org.veille.spark.input.InputNames;
import org.veille.spark.output.ArticleSchema;
import org.veille.spark.output.FileRecord;

/**
 * The task: the input files of one partition (one file, as the job partitions them) through the
 * executor's pipeline, as rows of the article table or as the CLI's JSON lines. Records stream through
 * one at a time; the file is closed when its records run out or, should the task fail, when it ends.
 *
 * @param <T> {@link Row} or JSON line ({@link String})
 */
public final class ProcessFiles<T> implements FlatMapFunction<Iterator<String>, T> {
    private static final long serialVersionUID = 1L;
    private final PipelineConfig config;
    private final HadoopConf hadoop;
    private final JobCounters counters;
    private final Form form;

    /** What a task turns each record into. */
    public enum Form {
        /** A row of {@link ArticleSchema#articles()}. */
        ROW,
        /** The record's {@code veille.article/4} JSON, as {@code veille analyze --format jsonl} writes it. */
        JSON_LINE
    }

    private ProcessFiles(PipelineConfig config, HadoopConf hadoop, JobCounters counters, Form form) {
        this.config = Objects.requireNonNull(config, "config");
        this.hadoop = Objects.requireNonNull(hadoop, "hadoop");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.form = Objects.requireNonNull(form, "form");
    }

    public static ProcessFiles<Row> toRows(PipelineConfig config, HadoopConf hadoop, JobCounters counters) {
        return new ProcessFiles<>(config, hadoop, counters, Form.ROW);
    }

    public static ProcessFiles<String> toJsonLines(PipelineConfig config, HadoopConf hadoop, JobCounters counters) {
        return new ProcessFiles<>(config, hadoop, counters, Form.JSON_LINE);
    }

    @Override
    public Iterator<T> call(Iterator<String> files) {
        if (!files.hasNext()) {
            return Collections.emptyIterator();
        }
        DocumentProcessor processor = new DocumentProcessor(PipelineHolder.pipeline(config), config, counters);
        ArticleJson json = new ArticleJson();
        return new Iterator<T>() {
            private FileRecords current;

            @Override
            public boolean hasNext() {
                while ((current == null || !current.hasNext()) && files.hasNext()) {
                    current = open(files.next(), processor);
                }
                return current != null && current.hasNext();
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                FileRecord record = current.next();
                return (T) (form == Form.ROW ? ArticleSchema.toRow(record) : json.toJson(record.record()));
            }
        };
    }

    private FileRecords open(String file, DocumentProcessor processor) {
        String name = InputNames.of(new org.apache.hadoop.fs.Path(file));
        FileRecords records = new FileRecords(file, name, InputFiles.open(file, hadoop.get(), config.ingestSettings(), config.archives()),
                processor, counters);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> records.close());
        }
        return records;
    }
}
