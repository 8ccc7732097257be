package org.veille.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.veille.model.ArticleError;
import org.veille.model.ErrorKind;
import org.veille.model.Warning;

/**
 * What a stage returns for one document: a value with the warnings raised on the way, or a failure.
 * Failures travel as values so one bad document never stops a batch; exceptions are kept for
 * programming and configuration mistakes.
 */
public sealed interface Outcome<T> permits Outcome.Ok, Outcome.Failed {

    List<Warning> warnings();

    record Ok<T>(T value, List<Warning> warnings) implements Outcome<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
            warnings = List.copyOf(warnings);
        }
    }

    record Failed<T>(ArticleError error, List<Warning> warnings) implements Outcome<T> {
        public Failed {
            Objects.requireNonNull(error, "error");
            warnings = List.copyOf(warnings);
        }
    }

    static <T> Outcome<T> ok(T value) {
        return new Ok<>(value, List.of());
    }

    static <T> Outcome<T> ok(T value, List<Warning> warnings) {
        return new Ok<>(value, warnings);
    }

    static <T> Outcome<T> failed(ErrorKind kind, String message) {
        return new Failed<>(new ArticleError(kind, message), List.of());
    }

    static <T> Outcome<T> failed(ArticleError error, List<Warning> warnings) {
        return new Failed<>(error, warnings);
    }

    default boolean isOk() {
        return this instanceof Ok<T>;
    }

    /** The value; only call after checking {@link #isOk()}. */
    default T value() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("no value in a failed outcome: " + ((Failed<T>) this).error());
    }

    /** The error; only call when not {@link #isOk()}. */
    default ArticleError error() {
        if (this instanceof Failed<T> failed) {
            return failed.error();
        }
        throw new IllegalStateException("no error in a successful outcome");
    }

    /** Applies {@code next} to a value, keeping failures and accumulating warnings. */
    default <R> Outcome<R> then(Function<? super T, Outcome<R>> next) {
        if (this instanceof Ok<T> ok) {
            Outcome<R> result = next.apply(ok.value());
            List<Warning> all = new java.util.ArrayList<>(warnings());
            all.addAll(result.warnings());
            return result instanceof Ok<R> r ? new Ok<>(r.value(), all) : new Failed<>(result.error(), all);
        }
        return new Failed<>(error(), warnings());
    }
}
