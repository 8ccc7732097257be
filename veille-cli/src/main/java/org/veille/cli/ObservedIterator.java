package org.veille.cli;

import java.util.Iterator;
import java.util.Objects;

/**
 * Passes an iterator's elements through unchanged and runs a callback as each one is taken, so a
 * progress display can count inputs as they are discovered without the list ever being built.
 */
final class ObservedIterator<T> implements Iterator<T> {
    private final Iterator<T> source;
    private final Runnable onNext;

    ObservedIterator(Iterator<T> source, Runnable onNext) {
        this.source = Objects.requireNonNull(source, "source");
        this.onNext = Objects.requireNonNull(onNext, "onNext");
    }

    @Override
    public boolean hasNext() {
        return source.hasNext();
    }

    @Override
    public T next() {
        T item = source.next();
        onNext.run();
        return item;
    }
}
