package org.veille.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Maps items on worker threads and hands results to a single consumer in input order. At most
 * {@code window} items are in flight, so reading never races ahead of processing and memory stays
 * flat however many inputs there are.
 *
 * <p>Work may also answer with more items to process in the place of the one it was given (a news
 * feed turns into its articles): their results come out where that item's would have, before the
 * results of the items after it, and they run on the workers like any other. The expansion's items
 * are drawn when it reaches its place, on the consumer's thread: in input order, whatever order the
 * workers finished in (a feed claims its articles then, so a shared one goes to the first feed).
 */
final class OrderedParallelRunner<I, O> {

    /** What work made of one item: a result, or items whose results stand in its place. */
    sealed interface Step<I, O> {
        record Result<I, O>(O value) implements Step<I, O> {
        }

        /** Items whose results stand in this one's place, drawn by {@code draw} when it reaches that place. */
        record Expansion<I, O>(Supplier<List<I>> draw) implements Step<I, O> {
            public Expansion {
                Objects.requireNonNull(draw, "draw");
            }
        }
    }

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
        runExpanding(items, item -> new Step.Result<>(work.apply(item)), sink);
    }

    void runExpanding(Iterator<I> items, Function<I, Step<I, O>> work, Consumer<O> sink) {
        if (threads == 1) {
            items.forEachRemaining(item -> runInline(item, work, sink));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "veille-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // Output order is slot order. An expansion's items take its slot's place at the head,
            // not yet submitted; they are submitted before any new item is drawn.
            Deque<Slot<I, O>> slots = new ArrayDeque<>();
            int inFlight = 0;
            while (true) {
                for (Slot<I, O> slot : slots) {
                    if (inFlight >= window) {
                        break;
                    }
                    if (slot.future == null) {
                        slot.submit(pool, work);
                        inFlight++;
                    }
                }
                boolean waiting = slots.stream().anyMatch(slot -> slot.future == null);
                while (!waiting && inFlight < window && items.hasNext()) {
                    Slot<I, O> slot = new Slot<>(items.next());
                    slot.submit(pool, work);
                    slots.addLast(slot);
                    inFlight++;
                }
                if (slots.isEmpty()) {
                    return;
                }
                Slot<I, O> head = slots.removeFirst();
                Step<I, O> step = await(head.future);
                inFlight--;
                if (step instanceof Step.Result<I, O> result) {
                    sink.accept(result.value());
                } else {
                    List<I> expanded = List.copyOf(((Step.Expansion<I, O>) step).draw().get());
                    for (ListIterator<I> it = expanded.listIterator(expanded.size()); it.hasPrevious(); ) {
                        slots.addFirst(new Slot<>(it.previous()));
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <I, O> void runInline(I item, Function<I, Step<I, O>> work, Consumer<O> sink) {
        Step<I, O> step = work.apply(item);
        if (step instanceof Step.Result<I, O> result) {
            sink.accept(result.value());
        } else {
            for (I expanded : ((Step.Expansion<I, O>) step).draw().get()) {
                runInline(expanded, work, sink);
            }
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

    /** One place in the output: an item, and its work once submitted. */
    private static final class Slot<I, O> {
        final I item;
        Future<Step<I, O>> future;

        Slot(I item) {
            this.item = item;
        }

        void submit(ExecutorService pool, Function<I, Step<I, O>> work) {
            future = pool.submit(() -> work.apply(item));
        }
    }
}
