package org.veille.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.model.EntityType;
import org.veille.model.QuoteKind;

/** Search on the test corpus: language analysis, filters, highlighting, paging, bad queries. */
class SearchTest {

    @TempDir
    static Path dir;
    private static ArticleStore store;

    @BeforeAll
    static void ingest() throws IOException {
        try (StoreWriter writer = StoreWriter.open(dir)) {
            writer.add(Corpus.frenchMobilisation());
            writer.add(Corpus.englishDenial());
            writer.add(Corpus.frenchExercises());
            writer.add(Corpus.undeterminedBridge());
        }
        store = ArticleStore.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    private static Set<String> ids(Query query) {
        return store.search(query.page(0, 100)).hits().stream().map(Hit::id).collect(Collectors.toSet());
    }

    @Test
    void frenchElisionIsUndone() {
        assertEquals(Set.of("fr0000000000mob1"), ids(Query.text("armée").type(RecordType.ARTICLE)), "l'armée is found by armée");
    }

    @Test
    void accentsAreFoldedInEveryLanguage() {
        assertEquals(Set.of("fr0000000000mob1"), ids(Query.text("belarusse").type(RecordType.ARTICLE)));
        assertEquals(Set.of("de0000000000bru1"), ids(Query.text("brucke").type(RecordType.ARTICLE)), "undetermined language: folded only");
        assertEquals(Set.of("fr0000000000mob1", "en0000000000den1"), ids(Query.text("belarus").type(RecordType.ARTICLE)),
                "Bélarus in French text and Belarus in English text");
    }

    @Test
    void wordsAreStemmedInTheirArticlesLanguage() {
        assertEquals(Set.of("en0000000000den1/q1"), ids(Query.text("army").type(RecordType.QUOTE)), "armies → army");
        assertEquals(Set.of("en0000000000den1"), ids(Query.text("denial").type(RecordType.ARTICLE)), "denies, denials → deni");
        assertEquals(Set.of("fr0000000000mob1"), ids(Query.text("réserviste").type(RecordType.ARTICLE)), "réservistes → réserviste");
        assertEquals(Set.of("fr0000000000exe1"), ids(Query.text("exercice").type(RecordType.ARTICLE)), "exercices → exercice");
    }

    @Test
    void phrasesAndOperatorsFollowTheClassicSyntax() {
        assertEquals(Set.of("fr0000000000mob1/q1"), ids(Query.text("\"mobilisation partielle\"").type(RecordType.QUOTE)));
        assertEquals(Set.of(), ids(Query.text("\"partielle mobilisation\"").type(RecordType.QUOTE)));
        assertEquals(Set.of("en0000000000den1"), ids(Query.text("belarus -mobilisation").type(RecordType.ARTICLE)));
        assertEquals(Set.of(), ids(Query.text("belarus brucke")), "terms are ANDed by default");
    }

    @Test
    void speakerMatchesTheNameExactlyButForCaseAndAccents() {
        Set<String> slunkin = Set.of("fr0000000000mob1/q1", "fr0000000000mob1/q2", "en0000000000den1/q2");
        assertEquals(slunkin, ids(Query.all().speaker("Pavel Slunkin")));
        assertEquals(slunkin, ids(Query.all().speaker("pável  SLUNKIN")));
        assertEquals(Set.of(), ids(Query.all().speaker("Slunkin")),
                "a filter names a person as the article writes the name (here always in full); it does not search text");
        assertEquals(Set.of("fr0000000000exe1/q2"), ids(Query.all().speaker("un diplomate")), "unnamed sources by what the text calls them");
    }

    @Test
    void textAndFiltersCombine() {
        Query query = Query.text("mobilisation").speaker("Pavel Slunkin").language("fr").from(LocalDate.of(2023, 2, 1))
                .type(RecordType.QUOTE);
        assertEquals(Set.of("fr0000000000mob1/q1"), ids(query));
        assertEquals(Set.of(), ids(query.language("en")));
        assertEquals(Set.of(), ids(query.from(LocalDate.of(2023, 2, 22))));
    }

    @Test
    void everyFilterNarrowsToItsDocuments() {
        assertEquals(Set.of("fr0000000000mob1", "fr0000000000exe1"), ids(Query.all().language("fr").type(RecordType.ARTICLE)));
        assertEquals(Set.of("de0000000000bru1"), ids(Query.all().language("und")));
        assertEquals(Set.of("fr0000000000exe1"), ids(Query.all().outlet("Quotidien.example").type(RecordType.ARTICLE)));
        assertEquals(Set.of("fr0000000000mob1/q1", "fr0000000000mob1/q2"),
                ids(Query.all().outlet("www.journal.example").type(RecordType.QUOTE)), "outlets as users write them");
        assertEquals(Set.of("fr0000000000mob1/q2", "en0000000000den1/q2"), ids(Query.all().quoteKind(QuoteKind.INDIRECT)));
        assertEquals(Set.of("en0000000000den1/e3", "en0000000000den1/e4", "fr0000000000mob1/e3", "fr0000000000exe1/e1"),
                ids(Query.all().entityType(EntityType.PERSON)));
        assertEquals(Set.of("fr0000000000exe1", "fr0000000000exe1/e1", "fr0000000000exe1/q1"), ids(Query.all().entityId("fr0000000000exe1/e1")));
        assertEquals(Set.of(), ids(Query.all().entityId("fr0000000000exe1/e9")), "an entity the article does not have");
        assertEquals(Set.of(), ids(Query.all().entityId("fr0000000000exe1")), "an article id is not an entity id");
        assertEquals(Set.of(), ids(Query.all().entityId("nowhere/e1")));
        assertEquals(Set.of("fr0000000000mob1", "en0000000000den1"), ids(Query.all().about("belarus").type(RecordType.ARTICLE)),
                "about: articles naming the entity, accents folded");
        assertEquals(Set.of("en0000000000den1", "fr0000000000exe1"),
                ids(Query.all().from(LocalDate.of(2023, 2, 22)).to(LocalDate.of(2023, 3, 31)).type(RecordType.ARTICLE)));
    }

    @Test
    void quotesTakeTheirArticlesDateAndLanguage() {
        Hit hit = store.search(Query.all().speaker("Viktor Khrenin").language("fr")).hits().get(0);
        assertEquals("fr0000000000exe1/q1", hit.id());
        assertEquals("Nous sommes prêts", hit.text());
        assertEquals("Viktor Khrenin", hit.speaker());
        assertEquals(QuoteKind.DIRECT, hit.quoteKind());
        assertEquals("2023-03-02", hit.published());
        assertEquals("Exercices militaires près de la frontière", hit.title());
        assertEquals("https://quotidien.example/articles/exercices-militaires", hit.url());
    }

    @Test
    void matchedTermsAreMarkedInTheSnippet() {
        Hit hit = store.search(Query.text("army").type(RecordType.QUOTE)).hits().get(0);
        assertEquals("Our [armies] are defensive and our soldiers stay home,", hit.snippet().marked("[", "]"));
        Hit article = store.search(Query.text("loyauté").type(RecordType.ARTICLE)).hits().get(0);
        assertTrue(article.snippet().marked("<b>", "</b>").contains("sa <b>loyauté</b> envers Moscou"), article.snippet().text());
        assertNull(article.text(), "articles show their snippet, not their whole text");
    }

    @Test
    void withoutTextHitsComeNewestFirstWithoutSnippets() {
        List<Hit> hits = store.search(Query.all().type(RecordType.ARTICLE)).hits();
        assertEquals(List.of("fr0000000000exe1", "en0000000000den1", "fr0000000000mob1", "de0000000000bru1"),
                hits.stream().map(Hit::id).toList(), "the undated article comes last");
        assertNull(hits.get(0).snippet());
    }

    @Test
    void pagesSplitTheHitsAndTheTotalCountsThemAll() {
        Query quotes = Query.all().type(RecordType.QUOTE);
        SearchResults first = store.search(quotes.page(0, 4));
        SearchResults second = store.search(quotes.page(4, 4));
        assertEquals(6, first.total());
        assertEquals(6, second.total());
        assertEquals(4, first.hits().size());
        assertEquals(2, second.hits().size());
        assertEquals(0, store.search(quotes.page(10, 4)).hits().size());
        Set<String> all = ids(quotes);
        assertEquals(6, all.size());
    }

    @Test
    void pagingHasAHardCap() {
        assertThrows(IllegalArgumentException.class, () -> Query.all().page(0, Query.MAX_LIMIT + 1));
        assertThrows(IllegalArgumentException.class, () -> Query.all().page(Query.MAX_OFFSET + 1, 10));
        assertThrows(IllegalArgumentException.class, () -> Query.all().page(0, 0));
        assertThrows(IllegalArgumentException.class, () -> Query.all().page(-1, 10));
        assertEquals(0, store.search(Query.all().page(Query.MAX_OFFSET, Query.MAX_LIMIT)).hits().size(), "the deepest page is allowed");
    }

    @Test
    void badQueryTextGivesAPlainMessage() {
        QuerySyntaxException quote = assertThrows(QuerySyntaxException.class, () -> store.search(Query.text("\"mobilisation partielle")));
        assertEquals("unbalanced quotation mark in query: \"mobilisation partielle", quote.getMessage());
        QuerySyntaxException paren = assertThrows(QuerySyntaxException.class, () -> store.search(Query.text("(armée OR troupes")));
        assertEquals("unbalanced parenthesis in query: (armée OR troupes", paren.getMessage());
        QuerySyntaxException wildcard = assertThrows(QuerySyntaxException.class, () -> store.search(Query.text("*elarus")));
        assertTrue(wildcard.getMessage().startsWith("cannot read query '*elarus': "), wildcard.getMessage());
        assertFalse(wildcard.getMessage().contains("\n"));
    }

    @Test
    void anEntitysQuotesAreThoseItSpeaksAndThoseNamingIt() {
        EntityQuotes moscow = store.quotes("Moscou", Query.all());
        assertEquals(0, moscow.by().total());
        assertEquals(List.of("fr0000000000mob1/q2"), moscow.about().hits().stream().map(Hit::id).toList());
        EntityQuotes khrenin = store.quotes("Viktor Khrenin", Query.all().page(0, 10));
        assertEquals(Set.of("en0000000000den1/q1", "fr0000000000exe1/q1"),
                khrenin.by().hits().stream().map(Hit::id).collect(Collectors.toSet()));
        assertThrows(IllegalArgumentException.class, () -> store.quotes(" ", Query.all()));
    }
}
