package org.veille.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.veille.analyse.attribution.AttributionTagger;
import org.veille.ingest.IngestSettings;
import org.veille.server.PageAnalyser;
import org.veille.server.ServerSettings;
import org.veille.server.VeilleServer;
import org.veille.store.ArticleStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code veille serve}: the HTTP API over an index, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the index built by ingest over HTTP until stopped (Ctrl-C): search, facets, articles, "
                + "entity pages, and analysis of posted pages (docs/api.md).",
                "Prints the address on stderr. Another process may ingest into the same index meanwhile: each commit "
                        + "shows in the next request."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:stopped", "2:usage error (bad option, no index, address in use)", "3:unexpected failure"})
final class ServeCommand implements Callable<Integer> {
    /** How long Ctrl-C waits for requests in flight before the process ends anyway. */
    private static final long STOP_GRACE_SECONDS = 10;

    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", description = "the index folder (default: ${DEFAULT-VALUE})", defaultValue = "veille-data")
    Path index;

    @Option(names = "--port", paramLabel = "N", description = "port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})",
            defaultValue = "" + ServerSettings.DEFAULT_PORT)
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "address to bind (default: ${DEFAULT-VALUE}, this machine only; "
            + "0.0.0.0 opens the index to the network)", defaultValue = ServerSettings.DEFAULT_HOST)
    String host;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "largest page POST /api/analyze accepts (default: ${DEFAULT-VALUE})",
            defaultValue = "" + ServerSettings.DEFAULT_MAX_BODY_BYTES)
    long maxBody;

    @Option(names = "--attribution-model", paramLabel = "FILE", defaultValue = "${env:VEILLE_ATTRIBUTION_MODEL}",
            description = "POST /api/analyze finds English quotations with this learned tagger ('veille train attribution') "
                    + "instead of the rules (default: $VEILLE_ATTRIBUTION_MODEL, else the rules)")
    Path attributionModel;

    @Option(names = "--web", paramLabel = "DIR", description = "serve the static files of DIR under / instead of the web UI bundled in the jar")
    Path web;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ServerSettings settings;
        try {
            settings = new ServerSettings(host, port, maxBody, web);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (web != null && !Files.isDirectory(web)) {
            throw new ParameterException(spec.commandLine(), "--web must be a folder: " + web);
        }
        List<AttributionTagger> taggers = List.of();
        if (attributionModel != null) {
            try {
                taggers = List.of(AttributionTagger.load(attributionModel));
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "cannot read the attribution model " + attributionModel + ": " + e.getMessage());
            }
        }
        ArticleStore store;
        try {
            store = ArticleStore.open(index);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        CountDownLatch stopAsked = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C runs shutdown hooks: this one lets the main thread close the server and the index, then the JVM ends.
        Thread hook = new Thread(() -> {
            stopAsked.countDown();
            try {
                stopped.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "veille-serve-stop");
        PrintWriter err = spec.commandLine().getErr();
        try {
            // One size limit for a pasted page: the body limit, not also the 32 MiB cap of files (which made
            // a --max-body above it answer 422 instead of reading the page).
            IngestSettings pages = IngestSettings.defaults().withMaxBytes(settings.maxBodyBytes());
            try (store; VeilleServer server = new VeilleServer(store, new PageAnalyser(pages, taggers), settings)) {
                try {
                    server.start();
                } catch (UncheckedIOException e) {
                    throw new ParameterException(spec.commandLine(), e.getCause().getMessage());
                }
                Runtime.getRuntime().addShutdownHook(hook);
                err.println("veille: serving " + index + " on " + server.uri() + " (Ctrl-C to stop)");
                err.flush();
                stopAsked.await();
            }
            // Said before the hook is released: once it returns, the JVM may halt at any moment.
            err.println("veille: stopped");
            err.flush();
        } finally {
            stopped.countDown();
        }
        return VeilleCommand.OK;
    }
}
