/**
 * The {@code veille} command line: picocli commands that parse arguments, wire the pipeline of
 * {@code veille-core} and map results to exit statuses ({@link org.veille.cli.VeilleCommand}).
 * Records go to standard output and nothing else does; progress and messages go to standard error.
 */
package org.veille.cli;
