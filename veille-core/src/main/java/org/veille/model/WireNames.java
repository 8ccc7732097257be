package org.veille.model;

import java.util.Locale;

/**
 * How the output contract writes the constants of an enum: lower case, words joined by a hyphen
 * ({@code TOO_LARGE} is {@code "too-large"}). One place for every enum the records carry.
 */
public final class WireNames {
    private WireNames() {
    }

    /** The constant's name in the output: {@code "article-date"}. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant a wire name stands for; an unknown name is an {@link IllegalArgumentException}. */
    public static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return Enum.valueOf(type, name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
