package org.veille.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veille analyze}: one record per input document, on stdout.
 *
 * <p>Inputs are enumerated while they are processed, never listed up front: folders are walked
 * and arguments expanded as the worker pool asks for more, so a folder of a million pages costs
 * no more memory than a folder of ten, and the first records come out at once.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Reads news pages and writes one record per document to stdout.",
                "Inputs: HTML files (also .gz), plain-text page dumps, web archives (.warc, .warc.gz), folders (recursive), "
                        + "files listing http(s) URLs, URLs, and - for stdin. Formats are detected from content."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every input produced an article", "1:some inputs produced error records",
                "2:usage error", "3:unexpected failure"})
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { jsonl, text }

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, web archives, folders, URL lists, URLs or - (stdin)")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or text")
    Format format;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;

    @Mixin
    PipelineOptions pipeline;

    @Override
    public Integer call() {
        pipeline.validate();
        RecordOutput output = new RecordOutput(format, System.out);
        long[] failures = {0};
        try (Progress progress = Progress.streaming("analyze", !quiet && Progress.stderrIsTerminal(), System.err)) {
            pipeline.run(inputs, progress, record -> {
                if (record.isError()) {
                    failures[0]++;
                }
                output.write(record);
            });
        }
        pipeline.summaryLines().forEach(System.err::println);
        return failures[0] == 0 ? VeilleCommand.OK : VeilleCommand.SOME_FAILED;
    }
}
