package org.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;

/** Messages for failures that a loopback server cannot stage (DNS, TLS, connect timeouts). */
class FetchFailuresTest {

    private static final URI URL = URI.create("https://news.example.org/a");
    private static final IngestSettings SETTINGS = IngestSettings.defaults();

    private static String describe(Throwable t) {
        return FetchFailures.describe(new ExecutionException(t), URL, SETTINGS);
    }

    @Test
    void unknownHostIsNamed() {
        ConnectException e = new ConnectException();
        e.initCause(new UnresolvedAddressException());
        assertEquals("unknown host: news.example.org", describe(e));
    }

    @Test
    void connectTimeoutIsNamedWithTheSetting() {
        assertEquals("connection to news.example.org:443 timed out after 10 s",
                describe(new HttpConnectTimeoutException("HTTP connect timed out")));
    }

    @Test
    void overallTimeoutIsNamedWithTheSetting() {
        assertEquals("no complete response from https://news.example.org/a within 30 s",
                FetchFailures.describe(new TimeoutException(), URL, SETTINGS));
    }

    @Test
    void refusedConnectionWithoutMessageIsNamed() {
        assertEquals("connection refused by news.example.org:443", describe(new ConnectException()));
    }

    @Test
    void tlsFailureIsNamed() {
        assertEquals("TLS failure with news.example.org:443: PKIX path building failed",
                describe(new SSLHandshakeException("PKIX path building failed")));
    }

    @Test
    void otherIoErrorsKeepTheirMessage() {
        assertEquals("I/O error while fetching https://news.example.org/a: connection reset",
                describe(new IOException("connection reset")));
    }

    @Test
    void cyclicCauseChainsEnd() {
        IOException a = new IOException("a");
        IOException b = new IOException("b", a);
        a.initCause(b);
        describe(a);
    }
}
