package org.veille.cli;

import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --limit N} option of the eval and bench commands: only the first N items. */
final class Limits {
    private Limits() {
    }

    /** A limit under 1 would make an empty report: a usage error (exit 2), not a crash. */
    static void check(Integer limit, CommandSpec spec) {
        if (limit != null && limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
        }
    }

    /** The first {@code limit} items, or all of them when there is no limit. */
    static <T> List<T> first(List<T> items, Integer limit) {
        return limit != null && limit < items.size() ? items.subList(0, limit) : items;
    }
}
