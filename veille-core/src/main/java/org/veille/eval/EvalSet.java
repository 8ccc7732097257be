package org.veille.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * An evaluation set read from {@code shared/eval/extraction/<name>}.
 *
 * @param name    the set's name, e.g. "scrapinghub-aeb"
 * @param dir     the folder it was read from
 * @param metrics the README metrics that apply to it
 * @param pages   its pages, in id order
 */
public record EvalSet(String name, Path dir, Set<Metric> metrics, List<EvalPage> pages) {

    public EvalSet {
        metrics = Set.copyOf(metrics);
        pages = List.copyOf(pages);
    }

    public int size() {
        return pages.size();
    }
}
