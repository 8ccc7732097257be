package org.veille.pipeline;

import org.veille.model.Analysis;
import org.veille.model.Extraction;

/**
 * The analyse stage as the pipeline sees it: entities and quotations of an extracted article. Its
 * implementation lives outside the core (it needs NLP models); the core only knows this contract.
 */
public interface AnalysisStage {

    /**
     * Analyses one article.
     *
     * @param language the article's language code, or null when undetermined
     * @return the layer; empty lists when the language has no models
     */
    Analysis analyse(Extraction article, String language);
}
