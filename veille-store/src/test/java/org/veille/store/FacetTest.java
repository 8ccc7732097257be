package org.veille.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.model.ArticleRecord;
import org.veille.model.EntityType;

/** Top speakers, entities and outlets and the date histogram, under the same filters as search. */
class FacetTest {

    @TempDir
    static Path dir;
    private static ArticleStore store;

    @BeforeAll
    static void ingest() throws IOException {
        ArticleRecord denial = Corpus.englishDenial();
        // The same English story republished elsewhere: a copy, never counted.
        ArticleRecord copy = new ArticleRecord("en0000000000den9", denial.source(),
                new org.veille.model.Extraction("https://mirror.example/belarus-denies", null, denial.extraction().pageType(),
                        denial.extraction().title(), null, List.of(), "2023-02-23", denial.extraction().paragraphs(), List.of(), "test"),
                denial.language(), denial.analysis(), List.of(), null);
        try (StoreWriter writer = StoreWriter.open(dir)) {
            writer.add(Corpus.frenchMobilisation());
            writer.add(denial);
            writer.add(Corpus.frenchExercises());
            writer.add(Corpus.undeterminedBridge());
            writer.add(copy);
        }
        store = ArticleStore.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    @Test
    void topSpeakersCountNamedSpeakersOverQuotations() {
        assertEquals(List.of(new FacetCount("Pavel Slunkin", 3), new FacetCount("Viktor Khrenin", 2)),
                store.top(Facet.SPEAKERS, Query.all(), 10), "the unnamed diplomate is no speaker to rank; the copy's quotes not counted");
        assertEquals(List.of(new FacetCount("Pavel Slunkin", 3)), store.top(Facet.SPEAKERS, Query.all(), 1));
    }

    @Test
    void topSpeakersAboutAnEntitySinceADay() {
        Query aboutBelarus = Query.all().about("Belarus").from(LocalDate.of(2023, 2, 1));
        assertEquals(List.of(new FacetCount("Pavel Slunkin", 3), new FacetCount("Viktor Khrenin", 1)),
                store.top(Facet.SPEAKERS, aboutBelarus, 10), "the exercises article does not name Belarus");
        assertEquals(List.of(new FacetCount("Viktor Khrenin", 1)),
                store.top(Facet.SPEAKERS, aboutBelarus.from(LocalDate.of(2023, 2, 22)).language("en").withText("defensive"), 10));
    }

    @Test
    void topEntitiesCountArticlesNamingThemAndCanBeRestrictedToOneType() {
        List<FacetCount> all = store.top(Facet.ENTITIES, Query.all(), 3);
        assertEquals(new FacetCount("Minsk", 3), all.get(0));
        assertEquals(List.of(new FacetCount("Pavel Slunkin", 2), new FacetCount("Viktor Khrenin", 2)),
                store.top(Facet.ENTITIES, Query.all().entityType(EntityType.PERSON), 10));
    }

    @Test
    void topOutletsCountArticlesUnlessAskedForQuotes() {
        assertEquals(List.of(new FacetCount("gazette.example", 1), new FacetCount("journal.example", 1),
                new FacetCount("quotidien.example", 1)), store.top(Facet.OUTLETS, Query.all(), 10));
        assertEquals(List.of(new FacetCount("gazette.example", 2), new FacetCount("journal.example", 2),
                new FacetCount("quotidien.example", 2)), store.top(Facet.OUTLETS, Query.all().type(RecordType.QUOTE), 10));
        assertEquals(List.of(new FacetCount("journal.example", 1), new FacetCount("quotidien.example", 1)),
                store.top(Facet.OUTLETS, Query.all().language("fr"), 10));
    }

    @Test
    void daysCountArticlesPerPublicationDayInDayOrder() {
        assertEquals(List.of(new DayCount(LocalDate.of(2023, 2, 21), 1), new DayCount(LocalDate.of(2023, 2, 22), 1),
                new DayCount(LocalDate.of(2023, 3, 2), 1)), store.days(Query.all()), "the undated article and the copy are left out");
        assertEquals(List.of(new DayCount(LocalDate.of(2023, 2, 21), 2), new DayCount(LocalDate.of(2023, 2, 22), 1)),
                store.days(Query.all().speaker("Pavel Slunkin").type(RecordType.QUOTE)));
        assertEquals(List.of(), store.days(Query.all().to(LocalDate.of(2020, 1, 1))));
    }

    @Test
    void facetsOfNothingAreEmpty() {
        assertEquals(List.of(), store.top(Facet.SPEAKERS, Query.all().language("de"), 5));
        assertThrows(IllegalArgumentException.class, () -> store.top(Facet.OUTLETS, Query.all(), 0));
    }
}
