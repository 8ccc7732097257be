/**
 * The serve stage: Veille's HTTP API (Javalin on Jetty) over the embedded store and the analysis pipeline.
 * {@link org.veille.server.VeilleServer} wires an {@link org.veille.store.ArticleStore} (read side) and a
 * {@link org.veille.server.PageAnalyser} (the CLI's pipeline, built on first use) into the routes of
 * {@code docs/api.md}: search, facets, an article's record, entity pages, analysis on demand, health.
 * Request parameters are checked once at the edge ({@code QueryParameters}); every refusal and failure
 * becomes a JSON error body in one place ({@code ErrorResponses}). It writes nothing to the store and
 * holds no state of its own between requests. The web UI is static files (HTML, CSS, JavaScript modules)
 * under {@code /}, bundled in the jar ({@code src/main/resources/org/veille/server/web}) or taken from a
 * folder the settings name.
 */
package org.veille.server;
