package org.veille.spark.output;

import java.util.Objects;

import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes one batch's records into its staging folder, with Spark's own writers (and so its task commit
 * protocol: a failed task attempt leaves nothing behind in the batch's output).
 *
 * <p>Parquet: the article table first, then the flat tables derived from it by reading the staged
 * articles back, which is cheap and means the pipeline runs once per file, not once per table. All
 * three are partitioned by {@value ArticleSchema#PARTITION} (the article's language, the filter news
 * research starts from); records without a language (error records, too little text) land under
 * Hive's {@code __HIVE_DEFAULT_PARTITION__}, read back as null. JSON Lines are not partitioned: they are
 * the CLI's output, one record per line.
 */
public final class BatchWriter {
    /** Table names under the output folder. */
    public static final String ARTICLES = "articles";
    public static final String QUOTES = "quotes";
    public static final String ENTITIES = "entities";
    private final SparkSession spark;

    public BatchWriter(SparkSession spark) {
        this.spark = Objects.requireNonNull(spark, "spark");
    }

    /**
     * The article table, and the flat tables when {@code flatTables} (an extraction-only run has no
     * quotations or entities to flatten). A table gets a folder once it has rows.
     */
    public void writeRows(JavaRDD<Row> rows, Path staging, boolean flatTables) {
        String articles = new Path(staging, ARTICLES).toString();
        spark.createDataFrame(rows, ArticleSchema.articles())
                .write().mode(SaveMode.ErrorIfExists).partitionBy(ArticleSchema.PARTITION)
                // The long, unique text columns gain nothing from a dictionary: Parquet would build one
                // per column chunk only to drop it when it overflows.
                .option("parquet.enable.dictionary#text", "false")
                .option("parquet.enable.dictionary#paragraphs.list.element", "false")
                .option("parquet.enable.dictionary#captions.list.element", "false")
                .parquet(articles);
        if (!flatTables) {
            return;
        }
        Dataset<Row> staged = spark.read().schema(ArticleSchema.articles()).parquet(articles);
        FlatTables.quotes(staged).write().partitionBy(ArticleSchema.PARTITION).parquet(new Path(staging, QUOTES).toString());
        FlatTables.entities(staged).write().partitionBy(ArticleSchema.PARTITION).parquet(new Path(staging, ENTITIES).toString());
    }

    public void writeJsonLines(JavaRDD<String> lines, Path staging) {
        spark.createDataset(lines.rdd(), Encoders.STRING())
                .write().mode(SaveMode.ErrorIfExists).text(new Path(staging, ARTICLES).toString());
    }
}
