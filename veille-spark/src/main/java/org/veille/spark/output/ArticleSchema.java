package org.veille.spark.output;

import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.veille.model.ArticleError;
import org.veille.model.ArticleRecord;
import org.veille.model.DateMention;
import org.veille.model.Entity;
import org.veille.model.Extraction;
import org.veille.model.ForeignFragment;
import org.veille.model.LanguageProfile;
import org.veille.model.Mention;
import org.veille.model.ParagraphLanguage;
import org.veille.model.Quote;
import org.veille.model.Source;
import org.veille.model.Warning;

/**
 * The one place where the record model becomes Spark rows: one row per article (or error record), with
 * the same fields, names, order and null/empty conventions as the {@code veille.article/4} JSON
 * ({@code org.veille.output.ArticleJson}, docs/output-format.md), plus {@value #INPUT_FILE}. Enumerations
 * are stored by their wire names, exactly as the JSON writes them, so SQL over the Parquet and
 * {@code jq} over the JSON Lines use the same values.
 */
public final class ArticleSchema {
    /** The column the job adds to the JSON contract: which input file the row was read from. */
    public static final String INPUT_FILE = "inputFile";
    /** The column the Parquet tables are partitioned by. */
    public static final String PARTITION = "language";

    private static final RowMapping<Mention> MENTION = RowMapping.<Mention>builder()
            .string("text", Mention::text)
            .integer("start", Mention::start)
            .integer("end", Mention::end)
            .build();

    private static final RowMapping<Entity> ENTITY = RowMapping.<Entity>builder()
            .string("id", Entity::id)
            .string("name", Entity::name)
            .string("type", e -> e.type().name())
            .array("mentions", MENTION, Entity::mentions)
            .build();

    private static final RowMapping<Quote> QUOTE = RowMapping.<Quote>builder()
            .string("text", Quote::text)
            .string("kind", q -> q.kind().wireName())
            .string("speaker", Quote::speaker)
            .string("speakerEntity", Quote::speakerEntity)
            .struct("speakerMention", MENTION, Quote::speakerMention)
            .string("cue", Quote::cue)
            .integer("start", Quote::start)
            .integer("end", Quote::end)
            .bool("inTitle", Quote::inTitle)
            // Rounded to hundredths as ArticleJson writes it: more digits would be noise, not information.
            .decimal("confidence", q -> Math.round(q.confidence() * 100) / 100.0)
            .build();

    private static final RowMapping<DateMention> DATE = RowMapping.<DateMention>builder()
            .string("text", DateMention::text)
            .string("value", DateMention::value)
            .string("resolution", d -> d.resolution().wireName())
            .integer("start", DateMention::start)
            .integer("end", DateMention::end)
            .build();

    private static final RowMapping<ForeignFragment> FRAGMENT = RowMapping.<ForeignFragment>builder()
            .string("text", ForeignFragment::text)
            .string("language", ForeignFragment::language)
            .integer("start", ForeignFragment::start)
            .integer("end", ForeignFragment::end)
            .build();

    private static final RowMapping<ParagraphLanguage> PARAGRAPH_LANGUAGE = RowMapping.<ParagraphLanguage>builder()
            .integer("paragraph", ParagraphLanguage::paragraph)
            .string("language", ParagraphLanguage::language)
            .build();

    private static final RowMapping<Warning> WARNING = RowMapping.<Warning>builder()
            .string("stage", Warning::stage)
            .string("code", Warning::code)
            .string("message", Warning::message)
            .build();

    private static final RowMapping<ArticleError> ERROR = RowMapping.<ArticleError>builder()
            .string("kind", e -> e.kind().wireName())
            .string("message", ArticleError::message)
            .build();

    private static final RowMapping<Source> SOURCE = RowMapping.<Source>builder()
            .string("uri", Source::uri)
            .string("format", s -> s.format() == null ? null : s.format().wireName())
            .string("charset", Source::charset)
            .longInteger("bytes", Source::bytes)
            .string("fetched", Source::fetched)
            .string("archive", Source::archive)
            .string("feed", Source::feed)
            .build();

    private static final RowMapping<FileRecord> ARTICLE = RowMapping.<FileRecord>builder()
            .string("schema", r -> ArticleRecord.SCHEMA)
            .string("id", r -> r.record().id())
            .struct("source", SOURCE, r -> r.record().source())
            .string("url", r -> article(r, Extraction::url))
            .string("site", r -> article(r, Extraction::site))
            .string(PARTITION, r -> language(r, LanguageProfile::language))
            .string("pageType", r -> article(r, a -> a.pageType().wireName()))
            .string("title", r -> article(r, Extraction::title))
            .string("section", r -> article(r, Extraction::section))
            .strings("authors", r -> listOr(article(r, Extraction::authors)))
            .string("published", r -> article(r, Extraction::published))
            .strings("paragraphs", r -> listOr(article(r, Extraction::paragraphs)))
            .strings("captions", r -> listOr(article(r, Extraction::captions)))
            .string("text", r -> article(r, Extraction::text))
            .array("foreignFragments", FRAGMENT, r -> listOr(language(r, LanguageProfile::foreignFragments)))
            .array("paragraphLanguages", PARAGRAPH_LANGUAGE, r -> listOr(language(r, LanguageProfile::paragraphs)))
            // Null when the analyse stage did not run, a list (maybe empty) when it did: the JSON's distinction.
            .array("entities", ENTITY, r -> r.record().analysis() == null ? null : r.record().analysis().entities())
            .array("quotes", QUOTE, r -> r.record().analysis() == null ? null : r.record().analysis().quotes())
            .array("dates", DATE, r -> r.record().analysis() == null ? null : r.record().analysis().dates())
            .string("extractor", r -> article(r, Extraction::method))
            .array("warnings", WARNING, r -> r.record().warnings())
            .struct("error", ERROR, r -> r.record().error())
            .string(INPUT_FILE, FileRecord::inputFile)
            .build();

    private ArticleSchema() {
    }

    /** The article table's schema: the JSON contract's fields in its order, then {@value #INPUT_FILE}. */
    public static StructType articles() {
        return ARTICLE.schema();
    }

    public static Row toRow(FileRecord record) {
        return ARTICLE.toRow(record);
    }

    private static <V> V article(FileRecord r, java.util.function.Function<Extraction, V> field) {
        Extraction extraction = r.record().extraction();
        return extraction == null ? null : field.apply(extraction);
    }

    private static <V> V language(FileRecord r, java.util.function.Function<LanguageProfile, V> field) {
        LanguageProfile profile = r.record().language();
        return profile == null ? null : field.apply(profile);
    }

    /** The JSON writes an absent layer's lists as {@code []}: so do the rows. */
    private static <V> List<V> listOr(List<V> list) {
        return list == null ? List.of() : list;
    }
}
