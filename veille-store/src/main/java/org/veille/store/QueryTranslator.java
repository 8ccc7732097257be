package org.veille.store;

import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.veille.store.text.NameKey;
import org.veille.store.text.TextAnalysis;

/** Turns a store {@link org.veille.store.Query} into a Lucene query: the text scores, the filters only filter. */
final class QueryTranslator {
    private final Analyzer analyzer;

    QueryTranslator(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The text part alone (what the highlighter marks), or null when the query has no text. */
    Query text(org.veille.store.Query query) {
        if (query.text() == null) {
            return null;
        }
        // One parser per call: Lucene's parsers keep state while parsing and are not thread-safe.
        MultiFieldQueryParser parser = new MultiFieldQueryParser(TextAnalysis.FIELDS.toArray(String[]::new), analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query.text());
        } catch (ParseException | RuntimeException e) {
            throw new QuerySyntaxException(explain(query.text(), e), e);
        }
    }

    /**
     * The whole query over documents of {@code type} (null: every type): text when there is any, and
     * every filter. Copies are left out unless the query asks for them.
     */
    BooleanQuery.Builder toLucene(org.veille.store.Query query, RecordType type) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Query text = text(query);
        all.add(text != null ? text : new MatchAllDocsQuery(), text != null ? Occur.MUST : Occur.FILTER);
        if (type != null) {
            filter(all, Fields.TYPE, type.wireName());
        }
        filter(all, Fields.SPEAKER_KEY, NameKey.of(query.speaker()));
        about(all, NameKey.of(query.about()), type);
        filter(all, Fields.ENTITY_TYPE, query.entityType() == null ? null : query.entityType().name());
        tiedTo(all, query.entityId());
        filter(all, Fields.LANGUAGE, query.language() == null ? null : query.language().toLowerCase(Locale.ROOT));
        filter(all, Fields.OUTLET, outlet(query.outlet()));
        filter(all, Fields.KIND, query.quoteKind() == null ? null : query.quoteKind().wireName());
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochDay();
            long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay();
            all.add(LongPoint.newRangeQuery(Fields.DAY, from, to), Occur.FILTER);
        }
        if (!query.includeCopies()) {
            all.add(new TermQuery(new Term(Fields.COPY, Fields.TRUE)), Occur.MUST_NOT);
        }
        return all;
    }

    /**
     * Documents of articles naming an entity: the article documents hold the name keys, their
     * quotations and entities are reached through the block ({@link BlockChildrenQuery}).
     */
    private static void about(BooleanQuery.Builder query, String nameKey, RecordType type) {
        if (nameKey == null) {
            return;
        }
        Query articles = new TermQuery(new Term(Fields.ABOUT_KEY, nameKey));
        if (type == RecordType.ARTICLE) {
            query.add(articles, Occur.FILTER);
        } else if (type != null) {
            query.add(new BlockChildrenQuery(articles), Occur.FILTER);
        } else {
            query.add(new BooleanQuery.Builder().add(articles, Occur.SHOULD).add(new BlockChildrenQuery(articles), Occur.SHOULD)
                    .build(), Occur.FILTER);
        }
    }

    /**
     * Documents tied to one entity, {@code <record id>/e3}: its article, its own document and the
     * quotations it speaks. The article is found by its record id; the entity and the quotations
     * among the article's block, by the entity's id within the article.
     */
    private static void tiedTo(BooleanQuery.Builder query, String entityId) {
        if (entityId == null) {
            return;
        }
        int slash = entityId.lastIndexOf('/');
        if (slash <= 0 || slash == entityId.length() - 1) {
            query.add(new MatchNoDocsQuery("not an entity id: " + entityId), Occur.FILTER);
            return;
        }
        Query article = new TermQuery(new Term(Fields.RECORD_ID, entityId.substring(0, slash)));
        Query local = new TermQuery(new Term(Fields.ENTITY_LOCAL, entityId.substring(slash + 1)));
        query.add(new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder().add(article, Occur.FILTER).add(local, Occur.FILTER).build(), Occur.SHOULD)
                .add(new BooleanQuery.Builder().add(new BlockChildrenQuery(article), Occur.FILTER).add(local, Occur.FILTER).build(),
                        Occur.SHOULD)
                .build(), Occur.FILTER);
    }

    static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    /** Outlets are stored as lower-case hosts without {@code www.}; users type them any way. */
    private static String outlet(String host) {
        if (host == null) {
            return null;
        }
        String lower = host.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }

    /** Lucene's parse errors name grammar tokens; say instead what is wrong in the user's words. */
    private static String explain(String text, Exception e) {
        if (text.chars().filter(c -> c == '"').count() % 2 == 1) {
            return "unbalanced quotation mark in query: " + text;
        }
        long open = text.chars().filter(c -> c == '(').count();
        long close = text.chars().filter(c -> c == ')').count();
        if (open != close) {
            return "unbalanced parenthesis in query: " + text;
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
        int colon = message.indexOf("': ");
        return "cannot read query '" + text + "': " + (colon >= 0 ? message.substring(colon + 3) : message);
    }
}
