package org.veille.server;

import java.io.IOException;
import java.nio.file.Path;

import org.veille.store.ArticleStore;
import org.veille.store.StoreWriter;

/**
 * A real server on a free loopback port over an index holding the test corpus ({@link Records}), and a
 * client for it: what every API test class starts once and closes at the end.
 */
final class CorpusServer implements AutoCloseable {
    private final ArticleStore store;
    private final VeilleServer server;
    private final Http http;

    private CorpusServer(ArticleStore store, VeilleServer server) {
        this.store = store;
        this.server = server;
        this.http = new Http(server.uri());
    }

    /** Stores the corpus in {@code index} and serves it with {@code settings} (its port is replaced by a free one). */
    static CorpusServer start(Path index, ServerSettings settings) throws IOException {
        try (StoreWriter writer = StoreWriter.open(index)) {
            Records.storeCorpus(writer);
        }
        ArticleStore store = ArticleStore.open(index);
        return new CorpusServer(store, new VeilleServer(store, new PageAnalyser(), settings.withPort(0)).start());
    }

    static CorpusServer start(Path index) throws IOException {
        return start(index, ServerSettings.defaults());
    }

    Http http() {
        return http;
    }

    VeilleServer server() {
        return server;
    }

    @Override
    public void close() throws IOException {
        server.close();
        store.close();
    }
}
