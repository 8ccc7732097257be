package org.veille.spark.output;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The flat {@code quotes} and {@code entities} tables, derived from the article table with Spark SQL
 * so they can never disagree with it: one row per quotation or entity, each carrying its article's id,
 * URL, site, title, publication date, input file and language (the partition column), so SQL over one
 * table needs no join. Error records and extraction-only records have no quotations and add no rows.
 */
public final class FlatTables {

    private FlatTables() {
    }

    /** One row per quotation: {@code position} is its index in the article's {@code quotes} (reading order). */
    public static Dataset<Row> quotes(Dataset<Row> articles) {
        return articles.withColumnRenamed("id", "articleId").select(withArticle(posexplode(col("quotes")).as(new String[] {"position", "quote"})))
                .select(withArticle(col("position"), col("quote.*")));
    }

    /** One row per entity; {@code entityId} is the id quotations' {@code speakerEntity} refers to. */
    public static Dataset<Row> entities(Dataset<Row> articles) {
        return articles.withColumnRenamed("id", "articleId").select(withArticle(posexplode(col("entities")).as(new String[] {"position", "entity"})))
                .select(withArticle(col("entity.id").as("entityId"), col("entity.name").as("name"),
                        col("entity.type").as("type"), size(col("entity.mentions")).as("mentionCount"),
                        col("entity.mentions").as("mentions")));
    }

    /** The article's context columns first, then {@code more}. */
    private static Column[] withArticle(Column... more) {
        Column[] context = {col("articleId"), col("url"), col("site"), col("title"), col("published"),
                col(ArticleSchema.INPUT_FILE), col(ArticleSchema.PARTITION)};
        Column[] all = new Column[context.length + more.length];
        System.arraycopy(context, 0, all, 0, context.length);
        System.arraycopy(more, 0, all, context.length, more.length);
        return all;
    }
}
