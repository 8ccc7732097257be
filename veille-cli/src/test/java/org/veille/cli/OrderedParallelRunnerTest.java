package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
                return new OrderedParallelRunner.Step.Expansion<>(() -> IntStream.range(0, 10).map(k -> 1000 + i * 10 + k).boxed().toList());
            }
            if (i == 20) {
                return new OrderedParallelRunner.Step.Expansion<>(List::of);
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

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void emptyExpansionsAnywhereYieldNothingAndLoseNothing(int threads) {
        List<Integer> out = new ArrayList<>();

        // The first, two in a row, and the last input expand into nothing.
        new OrderedParallelRunner<Integer, Integer>(threads).runExpanding(new CountingIterator(12), i -> {
            if (i == 0 || i == 5 || i == 6 || i == 11) {
                return new OrderedParallelRunner.Step.Expansion<>(List::of);
            }
            work(i % 3 == 0 ? 40 : 1);
            return new OrderedParallelRunner.Step.Result<>(i);
        }, out::add);

        assertEquals(List.of(1, 2, 3, 4, 7, 8, 9, 10), out);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void anInputThatExpandsOnlyIntoNothingEndsTheRun(int threads) {
        List<Integer> out = new ArrayList<>();

        new OrderedParallelRunner<Integer, Integer>(threads).runExpanding(new CountingIterator(1),
                i -> new OrderedParallelRunner.Step.Expansion<>(List::of), out::add);

        assertEquals(List.of(), out);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void anExpansionLargerThanTheWindowComesOutWholeAndInOrder(int threads) {
        int size = 4 * threads * 25 + 7;
        List<Integer> out = new ArrayList<>();
        Set<Integer> ran = ConcurrentHashMap.newKeySet();

        // Input 1 expands into far more items than are ever in flight; some of them take longer.
        new OrderedParallelRunner<Integer, Integer>(threads).runExpanding(new CountingIterator(4), i -> {
            if (i == 1) {
                return new OrderedParallelRunner.Step.Expansion<>(() -> IntStream.range(0, size).map(k -> 100 + k).boxed().toList());
            }
            assertTrue(ran.add(i), "item " + i + " ran twice");
            work(i % 5 == 0 ? 30 : 1);
            return new OrderedParallelRunner.Step.Result<>(i);
        }, out::add);

        List<Integer> expected = new ArrayList<>(List.of(0));
        IntStream.range(0, size).forEach(k -> expected.add(100 + k));
        expected.addAll(List.of(2, 3));
        assertEquals(expected, out);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void expansionsAreDrawnInInputOrderOnTheConsumersThread(int threads) {
        List<Integer> drawn = new ArrayList<>();
        List<String> drawingThreads = new ArrayList<>();
        String consumer = Thread.currentThread().getName();
        List<Integer> out = new ArrayList<>();

        // Early inputs work longest, so later expansions are ready first; they must still be drawn in order.
        new OrderedParallelRunner<Integer, Integer>(threads).runExpanding(new CountingIterator(8), i -> {
            if (i >= 100) {
                return new OrderedParallelRunner.Step.Result<>(i);
            }
            work((8 - i) * 20);
            return new OrderedParallelRunner.Step.Expansion<>(() -> {
                drawn.add(i);
                drawingThreads.add(Thread.currentThread().getName());
                return List.of(100 + i);
            });
        }, out::add);

        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), drawn);
        assertTrue(drawingThreads.stream().allMatch(consumer::equals), drawingThreads.toString());
        assertEquals(List.of(100, 101, 102, 103, 104, 105, 106, 107), out);
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
