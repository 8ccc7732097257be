package org.veille.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items on worker threads and hands results to a single consumer in input order. At most
 * {@code window} items are in flight, so reading never races ahead of processing and memory stays
 * flat however many inputs there are.
 */
final class OrderedParallelRunner<I, O> {
    private final int threads;
    private final int window;

    OrderedParallelRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        this.window = threads * 4;
    }

    void run(Iterator<I> items, Function<I, O> work, Consumer<O> sink) {
        if (threads == 1) {
            items.forEachRemaining(item -> sink.accept(work.apply(item)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "veille-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<O>> inFlight = new ArrayDeque<>();
            while (items.hasNext() || !inFlight.isEmpty()) {
                while (items.hasNext() && inFlight.size() < window) {
                    I item = items.next();
                    inFlight.add(pool.submit(() -> work.apply(item)));
                }
                sink.accept(await(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O await(Future<O> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
        }
    }
}
