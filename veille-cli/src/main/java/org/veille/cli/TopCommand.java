package org.veille.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.veille.store.ArticleStore;
import org.veille.store.Facet;
import org.veille.store.Query;
import org.veille.store.QuerySyntaxException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code veille top}: the most quoted speakers, most named entities, busiest outlets, or counts per day. */
@Command(name = "top", mixinStandardHelpOptions = true,
        description = {"Counts over the index built by ingest, under the same filters as search:",
                "speakers (quotations by named speakers), entities (articles naming each), outlets (articles; "
                        + "quotations with --kind quote), days (articles per publication day, in day order).",
                "Copies of other articles are never counted."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:counted", "2:usage error (bad option, bad query, no index)", "3:unexpected failure"})
final class TopCommand implements Callable<Integer> {

    enum What { speakers, entities, outlets, days }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "speakers, entities, outlets or days")
    What what;

    @Option(names = "--query", paramLabel = "QUERY", description = "count only documents matching these words (search syntax)")
    String text;

    @Mixin
    StoreOptions store;

    @Option(names = "--limit", paramLabel = "N", description = "values to show (default: ${DEFAULT-VALUE}; days shows every day)",
            defaultValue = "10")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "text (default: count, tab, value) or jsonl")
    HitOutput.Format format;

    @Override
    public Integer call() throws IOException {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
        }
        Query query = store.query(text, 0, Query.DEFAULT_LIMIT);
        HitOutput output = new HitOutput(format, new PrintStream(System.out, false, StandardCharsets.UTF_8));
        try (ArticleStore index = store.open()) {
            switch (what) {
                case speakers -> output.counts(index.top(Facet.SPEAKERS, query, limit));
                case entities -> output.counts(index.top(Facet.ENTITIES, query, limit));
                case outlets -> output.counts(index.top(Facet.OUTLETS, query, limit));
                case days -> output.days(index.days(query));
            }
        } catch (QuerySyntaxException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return VeilleCommand.OK;
    }
}
