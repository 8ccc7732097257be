package org.veille.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.store.ArticleStore;
import org.veille.store.StoreWriter;

/** The server reads an index that a writer keeps filling: each commit shows in the next request. */
class IngestWhileServingTest {
    @TempDir
    Path index;

    @Test
    void articlesCommittedWhileServingAreFoundByTheNextRequest() throws IOException {
        try (StoreWriter writer = StoreWriter.open(index)) {
            Records.storeCorpus(writer);
        }
        try (ArticleStore store = ArticleStore.open(index);
             VeilleServer server = new VeilleServer(store, new PageAnalyser(), ServerSettings.defaults().withPort(0)).start()) {
            Http http = new Http(server.uri());
            assertEquals(0, http.get("/api/search?q=bridge").json().get("total").asLong());
            try (StoreWriter writer = StoreWriter.open(index)) {
                writer.add(Records.englishLater());
                assertEquals(0, http.get("/api/search?q=bridge").json().get("total").asLong(), "not committed yet");
                writer.commit();
                assertEquals(1, http.get("/api/search?q=bridge&kind=article").json().get("total").asLong());
                assertEquals(4, http.get("/api/health").json().get("articles").asLong());
                assertEquals(200, http.get("/api/articles/en0000000000lat1").status());
                assertEquals(4, http.get("/api/entities/Minsk").json().get("articles").asLong());
            }
        }
    }
}
