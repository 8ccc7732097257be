package org.veille.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.model.ArticleRecord;
import org.veille.model.EntityType;
import org.veille.model.QuoteKind;

/** Layout 2: entity names on the article only, its quotations and entities reached through the block. */
class BlockLayoutTest {

    @TempDir
    Path dir;

    private Set<String> ids(ArticleStore store, Query query) {
        return store.search(query.page(0, 100)).hits().stream().map(Hit::id).collect(Collectors.toSet());
    }

    @Test
    void aboutFindsTheArticleAndEveryDocumentOfItsBlockAndNothingElse() throws IOException {
        try (StoreWriter writer = StoreWriter.open(dir)) {
            writer.add(Corpus.frenchExercises());     // names Khrenin, not Moscou
            writer.add(Corpus.frenchMobilisation());  // names Moscou: article, 2 quotes, 4 entities
            writer.add(Corpus.undeterminedBridge());  // no entities, no quotes
        }
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertEquals(Set.of("fr0000000000mob1", "fr0000000000mob1/q1", "fr0000000000mob1/q2", "fr0000000000mob1/e1",
                    "fr0000000000mob1/e2", "fr0000000000mob1/e3", "fr0000000000mob1/e4"), ids(store, Query.all().about("Moscou")));
            assertEquals(Set.of("fr0000000000mob1/q1", "fr0000000000mob1/q2"), ids(store, Query.all().about("moscou").type(RecordType.QUOTE)));
            // A conjunction leaps through the join (advance, not only next).
            assertEquals(Set.of("fr0000000000mob1/q2"), ids(store, Query.text("loyauté").about("Moscou").type(RecordType.QUOTE)));
            assertEquals(Set.of("fr0000000000exe1/q1"), ids(store, Query.all().about("Minsk").speaker("Viktor Khrenin")));
            assertEquals(Set.of("fr0000000000exe1/e1", "fr0000000000mob1/e3"),
                    ids(store, Query.all().about("Minsk").type(RecordType.ENTITY).entityType(EntityType.PERSON)));
            assertEquals(2, store.top(Facet.SPEAKERS, Query.all().about("Minsk"), 10).size());
        }
    }

    @Test
    void aReplacedArticleLeavesNoChildrenBehind() throws IOException {
        ArticleRecord first = Articles.article("a1").url("https://x.example/a").language("en").title("Talks")
                .body("Viktor Khrenin met Pavel Slunkin in Minsk.", "\"We agree,\" said Viktor Khrenin.")
                .entity("e1", "Viktor Khrenin", EntityType.PERSON).entity("e2", "Minsk", EntityType.LOCATION)
                .quote("We agree,", QuoteKind.DIRECT, "Viktor Khrenin", "e1").build();
        ArticleRecord second = Articles.article("a2").url("https://x.example/a").language("en").title("Talks")
                .body("Viktor Khrenin met nobody in Riga.").entity("e1", "Viktor Khrenin", EntityType.PERSON).build();
        try (StoreWriter writer = StoreWriter.open(dir)) {
            writer.add(first);
            writer.commit();
            writer.add(second);
        }
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertEquals(Set.of(), ids(store, Query.all().about("Minsk")));
            assertEquals(Set.of("a2", "a2/e1"), ids(store, Query.all().about("Viktor Khrenin")));
            assertEquals(second, store.article("a2").orElseThrow());
            assertEquals(List.of(), store.top(Facet.SPEAKERS, Query.all(), 10), "the replaced version's quote is not counted");
            assertEquals(List.of(new FacetCount("Viktor Khrenin", 1)), store.top(Facet.ENTITIES, Query.all(), 10));
        }
    }

    @Test
    void paragraphsThatCannotBeCutBackOutOfTheTextAreStoredWithTheRecord() throws IOException {
        ArticleRecord odd = Articles.article("odd").url("https://x.example/odd").language("en").title("A\n\ntitle")
                .body("ends with a line break\n", "\nstarts with one").build();
        try (StoreWriter writer = StoreWriter.open(dir)) {
            writer.add(odd);
            writer.add(Corpus.englishDenial());
        }
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertEquals(odd, store.article("odd").orElseThrow());
            assertEquals(Corpus.englishDenial(), store.article("en0000000000den1").orElseThrow());
        }
    }

    @Test
    void anIndexOfTheFirstLayoutIsRefusedWithAReason() throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter old = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField("type", "article", Field.Store.YES));
            old.addDocument(doc);
        }
        IllegalArgumentException read = assertThrows(IllegalArgumentException.class, () -> ArticleStore.open(dir));
        assertTrue(read.getMessage().contains("older version of Veille"), read.getMessage());
        IllegalArgumentException write = assertThrows(IllegalArgumentException.class, () -> StoreWriter.open(dir));
        assertTrue(write.getMessage().contains("ingest the articles again"), write.getMessage());
    }
}
