package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderedParallelRunnerTest {

    /** Counts how many items have been taken from it. */
    private static final class CountingIterator implements Iterator<Integer> {
        private final int size;
        private int taken;

        CountingIterator(int size) {
            this.size = size;
        }

        @Override
        public boolean hasNext() {
            return taken < size;
        }

        @Override
        public Integer next() {
            return taken++;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8})
    void resultsComeOutInInputOrder(int threads) {
        List<Integer> out = new ArrayList<>();

        // Early items take the longest, so finishing order differs from input order.
        new OrderedParallelRunner<Integer, Integer>(threads).run(new CountingIterator(200),
                i -> work(200 - i) < 0 ? -1 : i * 2, out::add);

        assertEquals(IntStream.range(0, 200).map(i -> i * 2).boxed().toList(), out);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void readsAtMostAWindowAheadOfTheConsumer(int threads) {
        CountingIterator items = new CountingIterator(500);
        int[] consumed = {0};
        int[] maxAhead = {0};

        new OrderedParallelRunner<Integer, Integer>(threads).run(items, i -> i, result -> {
            maxAhead[0] = Math.max(maxAhead[0], items.taken - consumed[0]);
            consumed[0]++;
        });

        assertEquals(500, consumed[0]);
        int window = threads == 1 ? 1 : 4 * threads;
        assertTrue(maxAhead[0] <= window, "read " + maxAhead[0] + " ahead with " + threads + " threads");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void anExpansionsResultsComeOutInItsPlaceAndRunOnTheWorkers(int threads) {
        List<Integer> out = new ArrayList<>();
        List<String> workers = java.util.Collections.synchronizedList(new ArrayList<>());

        // Multiples of 10 below 100 expand into 100 + 10 items of their own; 20 expands into nothing.
        new OrderedParallelRunner<Integer, Integer>(threads).runExpanding(new CountingIterator(40), i -> {
            workers.add(Thread.currentThread().getName());
            if (i % 10 == 0 && i < 100 && i != 20) {
                return new OrderedParallelRunner.Step.Expansion<>(IntStream.range(0, 10).map(k -> 1000 + i * 10 + k).boxed().toList());
            }
            if (i == 20) {
                return new OrderedParallelRunner.Step.Expansion<>(List.of());
            }
            work(i % 7 == 0 ? 50 : 1);
            return new OrderedParallelRunner.Step.Result<>(i);
        }, out::add);

        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            if (i == 20) {
                continue;
            }
            if (i % 10 == 0) {
                for (int k = 0; k < 10; k++) {
                    expected.add(1000 + i * 10 + k);
                }
            } else {
                expected.add(i);
            }
        }
        assertEquals(expected, out);
        if (threads > 1) {
            assertTrue(workers.stream().allMatch("veille-worker"::equals), "expanded items run on the pool too");
        }
    }

    @Test
    void workerFailureEndsTheRun() {
        assertThrows(IllegalStateException.class, () -> new OrderedParallelRunner<Integer, Integer>(2)
                .run(new CountingIterator(10), i -> {
                    if (i == 3) {
                        throw new IllegalArgumentException("boom");
                    }
                    return i;
                }, ignored -> { }));
    }

    @Test
    void threadCountMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new OrderedParallelRunner<Integer, Integer>(0));
    }

    /** Some CPU work proportional to {@code n}; never negative, but the caller cannot know that. */
    private static int work(int n) {
        int acc = 0;
        for (int i = 0; i < n * 1000; i++) {
            acc += Integer.bitCount(i ^ acc);
        }
        return acc;
    }
}
