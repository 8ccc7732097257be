package org.veille.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.veille.analyse.attribution.AttributionTraining;
import org.veille.analyse.attribution.AttributionModel;
import org.veille.analyse.nlp.CoreNlpAnnotator;
import org.veille.eval.quotes.PolnearSet;
import org.veille.eval.quotes.RoleAnnotatedText;
import org.veille.output.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veille train attribution SPLIT --out FILE}: learns an attribution tagger from an annotated corpus. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Learns models from annotated corpora.",
        subcommands = {TrainCommand.Attribution.class})
final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing what to train: attribution");
    }

    @Command(name = "attribution", mixinStandardHelpOptions = true,
            description = {"Learns an English attribution tagger (sources, cues, contents) from a corpus annotated as",
                    "PolNeAR is (brat standoff: text/ and attributions/), e.g. ../shared/eval/quotes/polnear/data/train.",
                    "Use the model with --attribution-model on analyze, ingest, serve and eval quotes."})
    static final class Attribution implements Callable<Integer> {
        @Parameters(paramLabel = "SPLIT", description = "the annotated corpus folder")
        Path split;

        @Option(names = "--out", required = true, description = "where to write the model")
        Path out;

        @Option(names = "--epochs", defaultValue = "12", description = "passes over the corpus (default: ${DEFAULT-VALUE})")
        int epochs;

        @Option(names = "--bits", defaultValue = "20", description = "log2 of the feature table's rows (default: ${DEFAULT-VALUE})")
        int bits;

        @Option(names = "--stages", defaultValue = "2", description = "tagging stages, each reading the previous one's tags (default: ${DEFAULT-VALUE})")
        int stages;

        @Option(names = "--folds", defaultValue = "4", description = "folds giving a later stage unseen-article tags to learn from (default: ${DEFAULT-VALUE})")
        int folds;

        @Option(names = "--seed", defaultValue = "1", description = "seed of the passes' order (default: ${DEFAULT-VALUE})")
        long seed;

        @Override
        public Integer call() throws IOException {
            if (!PolnearSet.recognises(split)) {
                throw new IllegalArgumentException(split + " is not an attribution corpus (no text/ and attributions/ folders)");
            }
            PrintWriter err = Console.err();
            long start = System.nanoTime();
            List<RoleAnnotatedText> corpus = PolnearSet.readRoles(split);
            err.printf(Locale.ROOT, "%d articles in %s%n", corpus.size(), split);
            AttributionModel model = AttributionTraining.train(corpus, new CoreNlpAnnotator(true), "en",
                    new AttributionTraining.Settings(bits, epochs, seed, stages, folds), err::println);
            AtomicFiles.write(out, model::write); // a run stopped half-way never leaves half a model
            err.printf(Locale.ROOT, "model written to %s (%.1f MB) in %.0f s%n", out, Files.size(out) / 1e6,
                    (System.nanoTime() - start) / 1e9);
            return VeilleCommand.OK;
        }
    }
}
