package org.veille.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The shared part of every set reader: walk the {@code truth/} folder in id order and turn each truth
 * file into a page. A reader only says which metrics apply and how its truth fields map to a page.
 */
abstract class TruthFolderReader implements EvalSetReader {
    private final TruthFolder folder = new TruthFolder();

    /** The metrics that apply to every page of the set. */
    abstract Set<Metric> metrics();

    /** One page of the set from its truth file. */
    abstract EvalPage page(Path dir, TruthJson truth);

    @Override
    public final EvalSet read(Path dir) throws IOException {
        List<EvalPage> pages = new ArrayList<>();
        for (TruthJson truth : folder.readAll(dir)) {
            pages.add(page(dir, truth));
        }
        return new EvalSet(setName(), dir, metrics(), pages);
    }
}
