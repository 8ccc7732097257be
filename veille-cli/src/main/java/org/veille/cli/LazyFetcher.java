package org.veille.cli;

import java.util.function.Supplier;

import org.veille.ingest.Fetcher;
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
        Fetcher current = fetcher;
        if (current == null) {
            synchronized (this) {
                if (fetcher == null) {
                    fetcher = factory.get();
                }
                current = fetcher;
            }
        }
        return current.fetch(url);
    }
}
