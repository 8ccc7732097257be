package org.veille.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veille.store.QuerySyntaxException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;

/**
 * Every failure to an {@link ErrorBody}, in one place: the API's own refusals, the query syntax errors of the
 * store, Javalin's (no route, wrong method, body too large), Jetty's own (a request line or headers too
 * long, a malformed URI) and bugs. Bugs are logged with their stack trace and answered with a plain 500:
 * a response never carries a trace.
 */
final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    /** The least of a refused body read to its end before closing; see {@link #discardRestOfBody}. */
    private static final long DISCARD_BYTES = 4L * 1024 * 1024;

    private final ObjectMapper mapper;
    private final long maxBodyBytes;

    ErrorResponses(ObjectMapper mapper, long maxBodyBytes) {
        this.mapper = mapper;
        this.maxBodyBytes = maxBodyBytes;
    }

    void register(JavalinConfig config) {
        config.routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.code(), e.getMessage()));
        config.routes.exception(QuerySyntaxException.class, (e, ctx) -> send(ctx, 400, "bad-query", e.getMessage()));
        config.routes.exception(HttpResponseException.class, this::javalin);
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error answering {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "internal", "internal error answering " + ctx.method() + " " + ctx.path() + "; the server log has the details");
        });
        config.router.javaLangErrorHandler((response, error) -> {
            LOG.error("fatal error answering a request", error);
            response.setStatus(500);
            response.setContentType("application/json");
            try {
                response.getOutputStream().write(body(500, "internal", "internal error; the server log has the details"));
            } catch (IOException e) {
                LOG.debug("could not write the error response", e);
            }
        });
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
    }

    private void javalin(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        String message;
        if (e instanceof EndpointNotFound) {
            message = "no route " + ctx.method() + " " + ApiException.shorten(ctx.path());
        } else if (status == 405) {
            String allowed = e.getDetails().getOrDefault("availableMethods", e.getDetails().getOrDefault("Available methods", ""));
            ctx.header("Allow", allowed);
            message = "method " + ctx.method() + " is not allowed on " + ApiException.shorten(ctx.path()) + "; allowed: " + allowed;
        } else if (status == 413) {
            message = AnalyzeApi.tooLarge(maxBodyBytes).getMessage();
        } else {
            message = e.getMessage();
        }
        send(ctx, status, code(status), message);
    }

    private void send(Context ctx, int status, String code, String message) {
        if (status == 413) {
            discardRestOfBody(ctx);
            // Whatever is left unread spoils the connection for another request: the client must not reuse it.
            ctx.header("Connection", "close");
        }
        ctx.status(status).json(new ErrorBody(status, code, message));
    }

    /**
     * Reads and throws away what is left of a refused body, up to {@link #DISCARD_BYTES} or the limit, whichever
     * is more (Tomcat's "swallow" does the same, with 2 MB). A client is usually still
     * sending when the refusal is decided, and closing a connection with unread bytes in its buffer makes the
     * close a TCP reset that can destroy the 413 before the client reads it (it then sees only "connection
     * reset" or "no bytes"). Past that budget the reset is the client's risk: a body announced or sent that
     * far over the limit is not worth receiving.
     */
    private void discardRestOfBody(Context ctx) {
        long budget = Math.max(DISCARD_BYTES, maxBodyBytes);
        if (ctx.req().getContentLengthLong() > budget) {
            return;
        }
        byte[] buffer = new byte[64 * 1024];
        try {
            InputStream in = ctx.req().getInputStream();
            for (long read = 0; read < budget; ) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, budget - read));
                if (n < 0) {
                    return;
                }
                read += n;
            }
        } catch (IOException | RuntimeException e) {
            // The client went away, or the body was already closed: nothing left to protect.
            LOG.debug("stopped discarding a refused body", e);
        }
    }

    byte[] body(int status, String code, String message) {
        try {
            return mapper.writeValueAsBytes(new ErrorBody(status, code, message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error body always serialises", e);
        }
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 431 -> "headers-too-large";
            case 500 -> "internal";
            default -> "http-" + status;
        };
    }

    /** Errors Jetty answers before a request reaches Javalin, as JSON too instead of its HTML page. */
    private final class JettyErrors extends ErrorHandler {
        @Override
        protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                        Callback callback) {
            String text = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            // Jetty answers here requests it could not parse (a URI or headers too long, a malformed URI) and
            // then drops the connection: say so, or a client reusing it would find it dead.
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            response.write(true, ByteBuffer.wrap(body(status, code(status), text)), callback);
        }
    }
}
