package org.veille.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** Reads one kind of evaluation set; {@link EvalSets} picks the reader for a folder. */
public interface EvalSetReader {

    /** The folder name the set is shipped under, e.g. "wcxb-dev". */
    String setName();

    /**
     * Whether the top-level keys of a sample truth file look like this set's, for folders that were
     * renamed or copied under another name.
     */
    boolean recognises(Set<String> truthKeys);

    EvalSet read(Path dir) throws IOException;
}
