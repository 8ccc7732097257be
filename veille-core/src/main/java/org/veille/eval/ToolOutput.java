package org.veille.eval;

import java.util.Map;

/**
 * One published extractor's output on the scrapinghub-aeb pages.
 *
 * @param name    the file name stem, e.g. "readability_js"
 * @param version the tool version recorded in the file, null when the file does not record one
 * @param bodies  page id to extracted articleBody; a null articleBody is read as ""
 */
public record ToolOutput(String name, String version, Map<String, String> bodies) {

    public ToolOutput {
        bodies = Map.copyOf(bodies);
    }
}
