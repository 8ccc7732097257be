package org.veille.ingest;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Expands each element of an iterator into an iterator and chains them, expanding an element only
 * when the previous expansion is exhausted. Written by hand because {@code Stream.flatMap} may
 * buffer a whole expansion (a folder of 100,000 files) when consumed through {@code iterator()}.
 */
final class FlatteningIterator<A, B> implements Iterator<B> {
    private final Iterator<? extends A> outer;
    private final Function<? super A, ? extends Iterator<? extends B>> expand;
    private Iterator<? extends B> current = Collections.emptyIterator();

    FlatteningIterator(Iterator<? extends A> outer, Function<? super A, ? extends Iterator<? extends B>> expand) {
        this.outer = Objects.requireNonNull(outer, "outer");
        this.expand = Objects.requireNonNull(expand, "expand");
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (!outer.hasNext()) {
                return false;
            }
            current = expand.apply(outer.next());
        }
        return true;
    }

    @Override
    public B next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
