package org.veille.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

import org.veille.model.ArticleError;
import org.veille.model.ArticleRecord;
import org.veille.model.ErrorKind;
import org.veille.model.Source;
import org.veille.output.ArticleJson;
import org.veille.store.IngestSummary;
import org.veille.store.StoreWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veille ingest}: reads inputs as {@code analyze} does and stores the records in the index.
 * JSON Lines files of records already analysed ({@code .jsonl}, {@code .jsonl.gz}, as {@code analyze}
 * writes them) are stored as they are, without running the pipeline again. Running the same ingest
 * twice stores nothing new; an interrupted one is finished by running it again.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads news pages (or records from analyze, as .jsonl) into the index, then prints a summary.",
                "Inputs as for analyze. Articles already stored with the same content are skipped, changed ones replaced, "
                        + "copies of other articles grouped with them."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every input was an article", "1:some inputs were error records (not stored)",
                "2:usage error", "3:unexpected failure (the index keeps its last commit)"})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, web archives, folders, URL lists, URLs, - (stdin), or .jsonl record files")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--index", paramLabel = "DIR", description = "the index folder, created if missing (default: ${DEFAULT-VALUE})",
            defaultValue = "veille-data")
    Path index;

    @Option(names = "--commit-every", paramLabel = "N", description = "articles per commit (default: ${DEFAULT-VALUE})",
            defaultValue = "" + StoreWriter.DEFAULT_COMMIT_EVERY)
    int commitEvery;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;

    @Mixin
    PipelineOptions pipeline;

    @Override
    public Integer call() throws IOException {
        pipeline.validate();
        pipeline.defaultFeedState(index.resolve("feeds.json"));
        if (commitEvery < 1) {
            throw new ParameterException(spec.commandLine(), "--commit-every must be at least 1: " + commitEvery);
        }
        IngestSummary summary;
        try (StoreWriter writer = StoreWriter.open(index, commitEvery);
             Progress progress = Progress.streaming("ingest", !quiet && Progress.stderrIsTerminal(), System.err)) {
            List<String> pages = new ArrayList<>();
            for (String input : inputs) {
                if (!isRecordFile(input)) {
                    pages.add(input);
                    continue;
                }
                // Keep input order: the pages named before this file go first.
                runPipeline(pages, progress, writer);
                readRecords(Path.of(input), progress, writer);
            }
            runPipeline(pages, progress, writer);
            summary = writer.summary();
        }
        pipeline.summaryLines().forEach(System.err::println);
        System.out.println("ingest: " + summary + " (index " + index + ")");
        // Where to go next, on stderr so that stdout stays one summary line for scripts.
        String indexOption = index.equals(Path.of("veille-data")) ? "" : " --index " + index;
        System.err.println("veille: to browse, search and analyse in a web page: veille serve" + indexOption
                + ", then open http://127.0.0.1:8080/ (or veille search QUERY" + indexOption + ")");
        return summary.errors() == 0 ? VeilleCommand.OK : VeilleCommand.SOME_FAILED;
    }

    private void runPipeline(List<String> pages, Progress progress, StoreWriter writer) {
        if (!pages.isEmpty()) {
            pipeline.run(List.copyOf(pages), progress, writer::add);
            pages.clear();
        }
    }

    static boolean isRecordFile(String input) {
        return input.endsWith(".jsonl") || input.endsWith(".jsonl.gz");
    }

    /** Stores each line's record; a line that is no record, or a file that cannot be read, counts as an error. */
    private static void readRecords(Path file, Progress progress, StoreWriter writer) {
        ArticleJson json = new ArticleJson();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                progress.inputSeen();
                ArticleRecord record;
                try {
                    record = json.read(line);
                } catch (IllegalArgumentException e) {
                    record = unreadable(file + ":" + number, "line " + number + " is not a record: " + e.getMessage());
                }
                writer.add(record);
                progress.step();
            }
        } catch (IOException e) {
            writer.add(unreadable(file.toString(), e instanceof NoSuchFileException ? "no such file: " + file
                    : "cannot read " + file + ": " + e.getMessage()));
        }
    }

    private static ArticleRecord unreadable(String uri, String message) {
        System.err.println("veille: " + message);
        return ArticleRecord.failed("-", new Source(uri, null, null, -1), new ArticleError(ErrorKind.UNREADABLE, message), List.of());
    }
}
