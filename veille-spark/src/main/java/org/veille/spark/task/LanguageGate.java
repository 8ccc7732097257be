package org.veille.spark.task;

import java.util.Objects;

import org.veille.model.Analysis;
import org.veille.model.Extraction;
import org.veille.pipeline.AnalysisStage;

/**
 * The analyse stage behind the {@code --lang} filter: an article in a language the job does not keep is
 * not analysed (the expensive stage), since {@link DocumentProcessor} drops it right after the pipeline.
 * The empty layer it gets instead is never written anywhere.
 */
final class LanguageGate implements AnalysisStage {
    private final AnalysisStage analysis;
    private final PipelineConfig config;

    LanguageGate(AnalysisStage analysis, PipelineConfig config) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public Analysis analyse(Extraction article, String language) {
        return config.keeps(language) ? analysis.analyse(article, language) : Analysis.empty();
    }
}
