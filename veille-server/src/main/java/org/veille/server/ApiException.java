package org.veille.server;

/**
 * A request the API refuses, with the HTTP status, a stable kebab-case code and a message naming the bad
 * value. Thrown by handlers and turned into a JSON error body in one place ({@link ErrorResponses}).
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static ApiException badParameter(String message) {
        return new ApiException(400, "bad-parameter", message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not-found", message);
    }

    /** A value as an error message quotes it: echoing a 100 KB value back helps nobody. */
    static String shorten(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "…";
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
