package org.veille.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.veille.store.ArticleStore;
import org.veille.store.Query;
import org.veille.store.QuerySyntaxException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code veille search}: articles, quotations and entities of the index that match words and filters. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the index built by ingest: articles, quotations and entities.",
                "QUERY uses Lucene's syntax: words (all required), \"exact phrases\", -excluded, a OR b. "
                        + "Without QUERY, every document the filters let through, newest first."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:searched (even with no hits)", "2:usage error (bad option, bad query, no index)", "3:unexpected failure"})
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "the words to find")
    String text;

    @Mixin
    StoreOptions store;

    @Option(names = "--limit", paramLabel = "N", description = "hits to show, 1 to " + Query.MAX_LIMIT + " (default: ${DEFAULT-VALUE})",
            defaultValue = "10")
    int limit;

    @Option(names = "--offset", paramLabel = "N", description = "hits to skip first, at most " + Query.MAX_OFFSET + " (default: ${DEFAULT-VALUE})",
            defaultValue = "0")
    int offset;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or jsonl")
    HitOutput.Format format;

    @Override
    public Integer call() throws IOException {
        Query query = store.query(text, offset, limit);
        try (ArticleStore index = store.open()) {
            new HitOutput(format, new PrintStream(System.out, false, StandardCharsets.UTF_8)).results(index.search(query), offset);
        } catch (QuerySyntaxException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return VeilleCommand.OK;
    }
}
