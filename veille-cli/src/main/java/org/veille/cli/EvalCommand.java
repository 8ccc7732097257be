package org.veille.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.veille.eval.EvalPage;
import org.veille.eval.EvalSet;
import org.veille.eval.EvalSets;
import org.veille.eval.EvaluationReport;
import org.veille.eval.ExtractionEvaluation;
import org.veille.eval.PageResult;
import org.veille.eval.Prediction;
import org.veille.eval.ReportRenderer;
import org.veille.model.ArticleRecord;
import org.veille.model.FetchMetadata;
import org.veille.model.RawDocument;
import org.veille.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veille eval extraction SET...}: scores extraction on labelled sets with each set's own metric. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures quality on evaluation sets (see ../shared/eval/README.md for the metrics).",
        subcommands = {EvalCommand.Extraction.class, EvalQuotes.class, EvalEntities.class, EvalDates.class})
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing what to evaluate: extraction, quotes, entities or dates");
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"Extracts every page of each set and scores body, title, author and date.",
                    "Sets: scrapinghub-aeb, trafilatura-eval, wcxb-dev, readability-testpages, htmldate-dates."})
    static final class Extraction implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "SET", description = "evaluation set folders")
        List<Path> sets = new ArrayList<>();

        @Option(names = "--threads", description = "worker threads (default: available cores)")
        Integer threads;

        @Option(names = "--worst", description = "list the N worst-scoring pages (default: ${DEFAULT-VALUE})", defaultValue = "0")
        int worst;

        @Override
        public Integer call() throws IOException {
            if (threads != null && threads < 1) {
                throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
            }
            if (worst < 0) {
                throw new ParameterException(spec.commandLine(), "--worst must not be negative: " + worst);
            }
            Pipeline pipeline = Pipeline.builder().withoutLanguage().build();
            PrintWriter out = Console.out();
            int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            for (Path dir : sets) {
                EvalSet set = EvalSets.open(dir);
                Map<String, Prediction> predictions = new ConcurrentHashMap<>();
                Map<String, String> methods = new ConcurrentHashMap<>();
                Set<String> unreadable = ConcurrentHashMap.newKeySet();
                long start = System.nanoTime();
                try (Progress progress = Progress.start("eval " + set.name(), set.pages().size(), Progress.stderrIsTerminal(), System.err)) {
                    new OrderedParallelRunner<EvalPage, Void>(workers).run(set.pages().iterator(), page -> {
                        predict(pipeline, page, predictions, methods, unreadable);
                        return null;
                    }, ignored -> progress.step());
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                // evaluate() lists pages whose prediction throws as failed (scored as empty), which is
                // what a page we could not even read should be: visible, and costing only itself.
                EvaluationReport report = new ExtractionEvaluation().evaluate(set, page -> {
                    if (unreadable.contains(page.id())) {
                        throw new IllegalStateException("unreadable page " + page.id());
                    }
                    return predictions.get(page.id());
                });
                out.print(new ReportRenderer().render(report));
                out.printf(Locale.ROOT, "(%d pages in %.1f s on %d threads)%n", set.pages().size(), seconds, workers);
                if (worst > 0) {
                    printWorst(report, methods, out);
                }
                out.println();
            }
            return VeilleCommand.OK;
        }

        /**
         * Extracts one page. A page file that cannot be read (truncated gzip) is noted rather than
         * thrown: a worker exception would end the whole evaluation without a report.
         */
        private static void predict(Pipeline pipeline, EvalPage page, Map<String, Prediction> predictions,
                                    Map<String, String> methods, Set<String> unreadable) {
            byte[] html;
            try {
                html = page.readHtml();
            } catch (UncheckedIOException e) {
                unreadable.add(page.id());
                methods.put(page.id(), "unreadable: " + e.getMessage());
                return;
            }
            ArticleRecord record = pipeline.process(RawDocument.of(page.id(), html,
                    new FetchMetadata(page.url(), 200, null)));
            predictions.put(page.id(), toPrediction(record));
            methods.put(page.id(), record.isError() ? "error:" + record.error().kind().wireName() : record.extraction().method());
        }

        private void printWorst(EvaluationReport report, Map<String, String> methods, PrintWriter out) {
            List<PageResult> pages = new ArrayList<>(report.pageResults());
            pages.removeIf(page -> score(page) < 0);
            pages.sort(Comparator.comparingDouble(Extraction::score));
            out.println("worst pages (body F1, extractor that won):");
            for (PageResult page : pages.subList(0, Math.min(worst, pages.size()))) {
                out.printf(Locale.ROOT, "  %.3f  %s  %s%n", score(page), page.id(), methods.getOrDefault(page.id(), ""));
            }
        }

        /** The page's body score under the set's main metric, or -1 when the set scores no body. */
        private static double score(PageResult page) {
            if (page.aeb() != null) {
                return page.aeb().f1();
            }
            if (page.bagOfWords() != null) {
                return page.bagOfWords().f1();
            }
            if (page.snippets() != null) {
                return page.snippets().f1();
            }
            return -1;
        }

        private static Prediction toPrediction(ArticleRecord record) {
            if (record.isError()) {
                return Prediction.empty();
            }
            var article = record.extraction();
            return new Prediction(article.text(), article.title(), article.authors(), article.published());
        }
    }
}
