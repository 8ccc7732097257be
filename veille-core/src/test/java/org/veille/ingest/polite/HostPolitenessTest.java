package org.veille.ingest.polite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class HostPolitenessTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void requests_to_one_host_are_spaced_by_the_delay_and_other_hosts_do_not_wait() throws InterruptedException {
        FakeTime time = new FakeTime();
        HostPoliteness politeness = new HostPoliteness(time::now, time);
        Duration delay = Duration.ofSeconds(1);

        politeness.await(URI.create("https://news.example.org/a"), delay);
        politeness.await(URI.create("https://NEWS.example.org:8443/b"), delay);
        politeness.await(URI.create("https://other.example.net/c"), delay);
        politeness.await(URI.create("http://news.example.org/d"), delay);

        assertEquals(List.of(0L, SECOND, 0L, SECOND), time.sleeps(),
                "one host, whatever its port, scheme or case: one second apart; another host at once");
    }

    @Test
    void slots_are_reserved_before_sleeping_so_concurrent_callers_do_not_collide() throws InterruptedException {
        // The clock stands still: three callers arriving together get slots 0, 2 and 4 s ahead.
        long[] now = {5 * SECOND};
        List<Long> waits = new java.util.ArrayList<>();
        HostPoliteness politeness = new HostPoliteness(() -> now[0], waits::add);
        for (int i = 0; i < 3; i++) {
            politeness.await(URI.create("https://example.org/" + i), Duration.ofSeconds(2));
        }
        assertEquals(List.of(0L, 2 * SECOND, 4 * SECOND), waits);
    }
}
