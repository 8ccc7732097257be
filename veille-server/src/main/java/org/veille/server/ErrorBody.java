package org.veille.server;

/**
 * The JSON body of every error the server answers, its own or Jetty's.
 *
 * @param status  the HTTP status, repeated for clients that only keep the body
 * @param error   a stable kebab-case code: {@code bad-parameter}, {@code bad-query}, {@code not-found}, ...
 * @param message what was wrong, naming the bad value; never a stack trace
 */
record ErrorBody(int status, String error, String message) {
}
