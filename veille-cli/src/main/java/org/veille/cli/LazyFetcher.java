package org.veille.cli;

import java.util.Map;
import java.util.function.Supplier;

import org.veille.ingest.Fetcher;
import org.veille.ingest.HttpReply;
import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/** Creates the HTTP client only when the first URL shows up: most runs read local files only. */
final class LazyFetcher implements Fetcher {
    private final Supplier<? extends Fetcher> factory;
    private volatile Fetcher fetcher;

    LazyFetcher(Supplier<? extends Fetcher> factory) {
        this.factory = factory;
    }

    @Override
    public Outcome<RawDocument> fetch(String url) {
        return fetcher().fetch(url);
    }

    @Override
    public Outcome<HttpReply> exchange(String url, Map<String, String> requestHeaders) {
        return fetcher().exchange(url, requestHeaders);
    }

    private Fetcher fetcher() {
        Fetcher current = fetcher;
        if (current == null) {
            synchronized (this) {
                if (fetcher == null) {
                    fetcher = factory.get();
                }
                current = fetcher;
            }
        }
        return current;
    }
}
