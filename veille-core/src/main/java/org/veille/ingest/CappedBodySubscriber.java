package org.veille.ingest;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap, cancelling the download as soon as the cap is passed so that
 * an oversized or endless body costs at most the cap. A subscriber made by {@link #skipping()}
 * cancels at once: error pages and redirects are never downloaded.
 *
 * <p>Reactive-streams signals arrive one at a time, so the fields need no locking; {@code done}
 * is volatile only because signals may come from different threads in turn.
 */
final class CappedBodySubscriber implements BodySubscriber<CappedBodySubscriber.Body> {

    /**
     * What was received.
     *
     * @param bytes   the body, or nothing when {@code overCap}
     * @param overCap the body was longer than the cap and the download was abandoned
     */
    record Body(byte[] bytes, boolean overCap) {
    }

    private final long cap;
    private final boolean skip;
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private volatile boolean done;

    CappedBodySubscriber(long cap) {
        this(cap, false);
    }

    private CappedBodySubscriber(long cap, boolean skip) {
        this.cap = cap;
        this.skip = skip;
    }

    /** A subscriber that downloads nothing and yields an empty body. */
    static CappedBodySubscriber skipping() {
        return new CappedBodySubscriber(0, true);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (skip) {
            finish(new Body(new byte[0], false));
            s.cancel();
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (done) {
            return;
        }
        for (ByteBuffer item : items) {
            int n = item.remaining();
            if (buffer.size() + (long) n > cap) {
                finish(new Body(new byte[0], true));
                subscription.cancel();
                return;
            }
            byte[] chunk = new byte[n];
            item.get(chunk);
            buffer.write(chunk, 0, n);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        if (!done) {
            done = true;
            result.completeExceptionally(throwable);
        }
    }

    @Override
    public void onComplete() {
        finish(new Body(buffer.toByteArray(), false));
    }

    @Override
    public CompletionStage<Body> getBody() {
        return result;
    }

    private void finish(Body body) {
        if (!done) {
            done = true;
            result.complete(body);
        }
    }
}
