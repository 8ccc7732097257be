package org.veille.ingest.polite;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Spaces requests to one host: each caller reserves the host's next free slot, at least the delay
 * after the previous one, then sleeps until it. Reserving before sleeping is what keeps several
 * worker threads from waking together and hitting the host at once; hosts never wait on each other.
 *
 * <p>Thread-safe. The clock and the sleeper are injected so tests check the spacing without time
 * passing.
 */
public final class HostPoliteness {
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private final Map<String, Long> nextSlot = new HashMap<>();

    public HostPoliteness(LongSupplier nanoClock, Sleeper sleeper) {
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Real time and real sleep. */
    public static HostPoliteness system() {
        return new HostPoliteness(System::nanoTime, Sleeper.THREAD);
    }

    /** Blocks until a request to {@code uri}'s host may go, {@code delay} after the one before it. */
    public void await(URI uri, Duration delay) throws InterruptedException {
        long slot = reserve(hostKey(uri), delay.toNanos());
        sleeper.sleep(slot - nanoClock.getAsLong());
    }

    private synchronized long reserve(String host, long delayNanos) {
        long now = nanoClock.getAsLong();
        Long previous = nextSlot.get(host);
        long slot = previous == null ? now : Math.max(now, previous);
        nextSlot.put(host, slot + delayNanos);
        return slot;
    }

    /** The host name alone: two ports or schemes of one site are still one server to spare. */
    static String hostKey(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }
}
