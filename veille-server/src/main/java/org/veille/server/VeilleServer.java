package org.veille.server;

import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.veille.store.ArticleStore;
import org.veille.store.Query;
import org.veille.store.RecordType;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;

/**
 * Veille's HTTP server: the JSON API over a store and the analysis pipeline ({@code docs/api.md}), and the
 * web UI's static files under {@code /}: those bundled in this jar ({@code docs/ui.md}), or those of
 * {@link ServerSettings#webRoot()} when it is set.
 *
 * <pre>{@code
 * try (ArticleStore store = ArticleStore.open(Path.of("veille-data"));
 *      VeilleServer server = new VeilleServer(store, new PageAnalyser(), ServerSettings.defaults().withPort(0)).start()) {
 *     System.err.println("listening on " + server.uri());
 *     ...
 * }
 * }</pre>
 *
 * <p>It reads the store only; another process (or thread) may ingest into the same index meanwhile,
 * and each request sees what was committed before it. Routes are all declared in {@link #routes}.
 */
public final class VeilleServer implements AutoCloseable {
    private final ArticleStore store;
    private final PageAnalyser analyser;
    private final ServerSettings settings;
    private final Javalin app;
    /** How long closing waits for a cancelled lookup to finish the query it is in. */
    private static final long LOOKUP_GRACE_SECONDS = 5;
    /**
     * Runs the independent lookups of an entity page side by side (five lookups, six queries, each a
     * few milliseconds to twenty): one thread per core (at least two), shared by all requests, so a
     * burst of entity pages queues here rather than multiplying threads. Stopped with the server.
     */
    private final ExecutorService lookups = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
            new LookupThreads());

    /** Where the web UI's files live on the class path (docs/ui.md). */
    static final String BUNDLED_UI = "/org/veille/server/web";

    /** Health: the index answers, and whether the analysis pipeline is loaded yet. */
    record Health(String status, long articles, boolean analysisLoaded) {
    }

    public VeilleServer(ArticleStore store, PageAnalyser analyser, ServerSettings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.analyser = Objects.requireNonNull(analyser, "analyser");
        this.settings = Objects.requireNonNull(settings, "settings");
        ObjectMapper mapper = new ObjectMapper();
        ErrorResponses errors = new ErrorResponses(mapper, settings.maxBodyBytes());
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(mapper, false));
            errors.register(config);
            // The web UI: static files under /, beside (never over) the API routes; a folder given in the
            // settings replaces the UI bundled in this jar.
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                if (settings.webRoot() != null) {
                    files.directory = settings.webRoot().toAbsolutePath().toString();
                    files.location = Location.EXTERNAL;
                } else {
                    files.directory = BUNDLED_UI;
                    files.location = Location.CLASSPATH;
                }
            });
            routes(config.routes, mapper);
        });
    }

    private void routes(RoutesConfig routes, ObjectMapper mapper) {
        SearchApi search = new SearchApi(store);
        ArticleApi articles = new ArticleApi(store);
        EntityApi entities = new EntityApi(store, lookups);
        AnalyzeApi analyze = new AnalyzeApi(analyser, mapper, settings.maxBodyBytes());
        read(routes, "/api/health", this::health);
        read(routes, "/api/search", search::search);
        read(routes, "/api/facets/{facet}", search::facet);
        read(routes, "/api/articles/{id}", articles::article);
        read(routes, "/api/entities/<ref>", entities::entity);
        routes.post("/api/analyze", analyze::analyze);
    }

    /**
     * A GET route, and HEAD on the same handler (Jetty sends the headers and drops the body). Without the
     * HEAD route Javalin answers every HEAD on a GET path with an empty 200, even for an unknown id or a
     * refused parameter.
     */
    private static void read(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    private void health(Context ctx) {
        QueryParameters.refuseAny(ctx);
        ctx.json(new Health("ok", store.count(Query.all().type(RecordType.ARTICLE)), analyser.loaded()));
    }

    /**
     * Binds and starts listening; returns once requests are served.
     *
     * @throws UncheckedIOException with a {@link BindException} when the address is taken or cannot be bound
     */
    public VeilleServer start() {
        try {
            app.start();
        } catch (JavalinBindException e) {
            throw new UncheckedIOException(new BindException("cannot listen on " + settings.host() + ":" + settings.port()
                    + ": " + e.getMessage()));
        }
        return this;
    }

    /** The port listened on: the one asked for, or the one the system picked for port 0. */
    public int port() {
        return app.port();
    }

    /** The server's base address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Stops the server. The store stays open: its owner closes it. */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            lookups.shutdownNow();
            try {
                // Requests are over once Jetty has stopped; what is left is a cancelled lookup finishing its query.
                lookups.awaitTermination(LOOKUP_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the entity-page lookup threads have all ended (after {@link #close()}). */
    boolean lookupsStopped() {
        return lookups.isTerminated();
    }

    /** Daemon threads with a name that says what they are, so a stuck lookup never holds the JVM open. */
    private static final class LookupThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "veille-entity-lookup-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
