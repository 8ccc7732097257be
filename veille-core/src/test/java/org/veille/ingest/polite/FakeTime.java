package org.veille.ingest.polite;

import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when something sleeps on it: politeness is checked without time passing. */
final class FakeTime implements Sleeper {
    private long now = 1_000_000_000L;
    private final List<Long> sleeps = new ArrayList<>();

    synchronized long now() {
        return now;
    }

    @Override
    public synchronized void sleep(long nanos) {
        sleeps.add(Math.max(0, nanos));
        if (nanos > 0) {
            now += nanos;
        }
    }

    synchronized List<Long> sleeps() {
        return List.copyOf(sleeps);
    }
}
