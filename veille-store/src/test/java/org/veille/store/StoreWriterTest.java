package org.veille.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.model.ArticleRecord;

/** Idempotent upsert, replacement, duplicate grouping and the one-writer rule. */
class StoreWriterTest {

    @TempDir
    Path dir;

    /** A body long enough for near-duplicate detection: about 120 words of one story. */
    private static final List<String> HARBOUR = List.of(
            "The harbour council voted on Thursday evening to rebuild the northern breakwater before the winter storms,"
                    + " ending a dispute that had lasted almost three years between fishermen and the town's ferry operator.",
            "Engineers will start in April by removing the damaged concrete blocks, which were cracked during the January gales,"
                    + " and replacing them with heavier granite armour brought by barge from the quarry across the bay.",
            "The work is expected to cost four million pounds, most of it paid by the regional development fund,"
                    + " while the ferry company has agreed to cover the dredging of the channel once the blocks are in place.",
            "Several members warned that the timetable left little room for delays, since the contractor must finish the"
                    + " outer section before October if boats are to shelter behind it during the next season.");

    private static ArticleRecord harbour(String id, String url, List<String> body) {
        return Articles.article(id).url(url).language("en").published("2024-03-01")
                .title("Council approves breakwater rebuild").body(body.toArray(String[]::new)).build();
    }

    private static long articles(ArticleStore store, boolean withCopies) {
        return store.count(Query.all().type(RecordType.ARTICLE).includeCopies(withCopies));
    }

    @Test
    void storingTheSameRecordsAgainChangesNothing() throws IOException {
        List<ArticleRecord> records = List.of(Corpus.frenchMobilisation(), Corpus.englishDenial(), Corpus.undeterminedBridge());
        try (StoreWriter writer = StoreWriter.open(dir)) {
            records.forEach(writer::add);
            assertEquals(new IngestSummary(3, 3, 0, 0, 0, 0), writer.summary());
        }
        try (StoreWriter writer = StoreWriter.open(dir)) {
            records.forEach(writer::add);
            assertEquals(new IngestSummary(3, 0, 3, 0, 0, 0), writer.summary());
            assertEquals(3, articles(writer.store(), true));
            assertEquals(2 + 2 + 0, writer.store().count(Query.all().type(RecordType.QUOTE)));
            assertEquals(4 + 4, writer.store().count(Query.all().type(RecordType.ENTITY)));
        }
    }

    @Test
    void theSameUrlWrittenAnotherWayIsTheSameArticle() throws IOException {
        ArticleRecord first = Corpus.frenchMobilisation();
        ArticleRecord again = Articles.article("fr0000000000mob2").url("HTTPS://WWW.journal.example/monde/2023/02/21/mobilisation/?fbclid=x")
                .language("fr").title(first.extraction().title()).body(first.extraction().paragraphs().toArray(String[]::new)).build();
        try (StoreWriter writer = StoreWriter.open(dir)) {
            assertEquals(IngestOutcome.NEW, writer.add(first));
            assertEquals(IngestOutcome.UNCHANGED, writer.add(again));
        }
    }

    @Test
    void changedContentReplacesTheArticleAndAllItsQuotesAndEntities() throws IOException {
        ArticleRecord before = Corpus.englishDenial();
        ArticleRecord after = Articles.article("en0000000000den2").url("https://gazette.example/world/belarus-denies")
                .language("en").published("2023-02-22").title("Belarus denies plans to join the offensive (updated)")
                .body("Belarus repeated on Wednesday that it would not join the offensive.").build();
        try (StoreWriter writer = StoreWriter.open(dir)) {
            writer.add(before);
            writer.commit();
            assertEquals(IngestOutcome.REPLACED, writer.add(after));
            ArticleStore store = writer.store();
            assertEquals(1, articles(store, true));
            assertEquals(0, store.count(Query.all().type(RecordType.QUOTE)), "the old quotes went with the old version");
            assertEquals(0, store.count(Query.all().type(RecordType.ENTITY)));
            assertEquals("Belarus denies plans to join the offensive (updated)", store.article("en0000000000den2").orElseThrow().extraction().title());
            assertTrue(store.article("en0000000000den1").isEmpty());
            assertEquals(new IngestSummary(2, 1, 0, 1, 0, 0), writer.summary());
        }
    }

    @Test
    void changesWithinOneBatchAreSeenBeforeAnyCommit() throws IOException {
        ArticleRecord before = Corpus.englishDenial();
        ArticleRecord after = Articles.article("en0000000000den2").url("https://gazette.example/world/belarus-denies")
                .language("en").title("Updated").body("Belarus repeated on Wednesday that it would not join.").build();
        try (StoreWriter writer = StoreWriter.open(dir)) {
            assertEquals(IngestOutcome.NEW, writer.add(before));
            assertEquals(IngestOutcome.REPLACED, writer.add(after));
            assertEquals(IngestOutcome.UNCHANGED, writer.add(after));
            assertEquals(IngestOutcome.REPLACED, writer.add(before));
            assertEquals(1, articles(writer.store(), true));
        }
    }

    @Test
    void anExactCopyAtAnotherAddressIsGroupedWithTheFirstAndNotCounted() throws IOException {
        ArticleRecord original = harbour("h1", "https://marsh-gazette.example/harbour", HARBOUR);
        ArticleRecord copy = harbour("h2", "https://coast-news.example/2024/harbour-council", HARBOUR);
        try (StoreWriter writer = StoreWriter.open(dir)) {
            assertEquals(IngestOutcome.NEW, writer.add(original));
            writer.commit(); // the original is found in the index, not only among the pending ones
            assertEquals(IngestOutcome.DUPLICATE, writer.add(copy));
            ArticleStore store = writer.store();
            assertEquals(1, articles(store, false));
            assertEquals(2, articles(store, true));
            Hit copyHit = store.search(Query.text("breakwater").includeCopies(true).type(RecordType.ARTICLE)).hits().stream()
                    .filter(h -> h.id().equals("h2")).findFirst().orElseThrow();
            assertEquals("https://marsh-gazette.example/harbour", copyHit.duplicateOf());
            assertEquals(List.of(new FacetCount("marsh-gazette.example", 1)), store.top(Facet.OUTLETS, Query.all(), 10));
            assertEquals(new IngestSummary(2, 1, 0, 0, 1, 0), writer.summary());
        }
    }

    @Test
    void aLightlyEditedCopyIsANearDuplicateButAnotherStoryIsNot() throws IOException {
        List<String> edited = List.of(
                HARBOUR.get(0).replace("Thursday evening", "Thursday night"),
                HARBOUR.get(1).replace("heavier granite armour", "heavy granite armour"),
                HARBOUR.get(2),
                HARBOUR.get(3) + " (Additional reporting by the coast desk.)");
        List<String> otherStory = List.of(HARBOUR.get(0),
                "The ferry operator said it would appeal, arguing that the council had ignored its own engineers' advice"
                        + " and that the granite would narrow the channel its vessels use at low tide.",
                "Fishermen welcomed the decision but asked for a temporary mooring during the works, which the council"
                        + " promised to discuss at its next meeting in May, alongside the parking charges on the quay.");
        try (StoreWriter writer = StoreWriter.open(dir)) {
            writer.add(harbour("h1", "https://marsh-gazette.example/harbour", HARBOUR));
            assertEquals(IngestOutcome.DUPLICATE, writer.add(harbour("h2", "https://coast-news.example/harbour", edited)),
                    "pending originals are found before any commit");
            assertEquals(IngestOutcome.NEW, writer.add(harbour("h3", "https://marsh-gazette.example/ferry-appeal", otherStory)));
            writer.commit();
            assertEquals(IngestOutcome.DUPLICATE, writer.add(harbour("h4", "https://third.example/harbour", edited)),
                    "committed originals are found through their bands");
            assertEquals(2, articles(writer.store(), false));
        }
    }

    @Test
    void errorRecordsAreCountedButNotStored() throws IOException {
        try (StoreWriter writer = StoreWriter.open(dir)) {
            assertEquals(IngestOutcome.ERROR, writer.add(Articles.error("0badbadbadbadbad", "missing.html")));
            assertEquals(new IngestSummary(1, 0, 0, 0, 0, 1), writer.summary());
            assertEquals(0, writer.store().count(Query.all().includeCopies(true)));
        }
    }

    @Test
    void aSecondWriterIsRefusedWithAClearError() throws IOException {
        try (StoreWriter writer = StoreWriter.open(dir)) {
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> StoreWriter.open(dir));
            assertTrue(e.getMessage().contains("another writer"), e.getMessage());
        }
    }

    @Test
    void aReaderSeesEachCommitWhileTheWriterGoesOn() throws IOException {
        try (StoreWriter writer = StoreWriter.open(dir, 2)) {
            try (ArticleStore reader = ArticleStore.open(dir)) {
                assertEquals(0, articles(reader, true));
                writer.add(Corpus.frenchMobilisation());
                assertEquals(0, articles(reader, true), "nothing committed yet");
                assertEquals(1, articles(writer.store(), true), "the writer's own view is near-real-time");
                writer.add(Corpus.englishDenial()); // the second article completes a batch: committed
                assertEquals(2, articles(reader, true));
            }
        }
    }

    @Test
    void aFreshIndexHasNothingToFindOrCount() throws IOException {
        try (StoreWriter writer = StoreWriter.open(dir)) {
            writer.add(Corpus.undeterminedBridge()); // no quote, no entity, no outlet, no date
            ArticleStore store = writer.store();
            assertEquals(List.of(), store.top(Facet.SPEAKERS, Query.all(), 5));
            assertEquals(List.of(), store.top(Facet.ENTITIES, Query.all(), 5));
            assertEquals(List.of(), store.top(Facet.OUTLETS, Query.all(), 5));
            assertEquals(List.of(), store.days(Query.all()));
            assertEquals(0, store.search(Query.text("anything")).total());
        }
        try (ArticleStore reader = ArticleStore.open(dir)) {
            assertEquals(1, reader.count(Query.all()));
        }
    }

    @Test
    void openingAFolderWithoutAnIndexForReadingSaysSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleStore.open(dir.resolve("nothing")));
        assertTrue(e.getMessage().contains("no index"), e.getMessage());
    }

    @Test
    void aStoredArticleComesBackWhole() throws IOException {
        ArticleRecord record = Corpus.frenchMobilisation();
        try (StoreWriter writer = StoreWriter.open(dir)) {
            writer.add(record);
        }
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertEquals(record, store.article(record.id()).orElseThrow());
            assertTrue(store.article("no-such-id").isEmpty());
            Hit hit = store.search(Query.all().type(RecordType.ARTICLE)).hits().get(0);
            assertEquals("https://www.journal.example/monde/2023/02/21/mobilisation", hit.key(), "no fragment, no tracking");
            assertEquals("journal.example", hit.outlet());
            assertNull(hit.duplicateOf());
        }
    }
}
