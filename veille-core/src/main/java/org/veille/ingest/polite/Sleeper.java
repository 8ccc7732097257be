package org.veille.ingest.polite;

/** Waits; the real one sleeps the thread, a test's records the wait and returns at once. */
@FunctionalInterface
public interface Sleeper {

    Sleeper THREAD = nanos -> {
        if (nanos > 0) {
            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(nanos);
        }
    };

    void sleep(long nanos) throws InterruptedException;
}
