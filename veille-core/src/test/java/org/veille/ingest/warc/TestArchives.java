package org.veille.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Archives written with jwarc for the tests: records one by one, so each one's offset is known. */
final class TestArchives {
    static final Instant DAY = Instant.parse("2023-02-21T10:15:30Z");

    private TestArchives() {
    }

    static String html(String title, String body) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + body + "</p></article></body></html>";
    }

    static WarcRecord page(String url, String html) {
        return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), DAY);
    }

    static WarcRecord response(String url, int status, String contentType, byte[] body, Instant date) {
        try {
            HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
            if (contentType != null) {
                http.addHeader("Content-Type", contentType);
            }
            HttpResponse built = http.body(null, body).build();
            return new WarcResponse.Builder(url).date(date).body(built).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response whose HTTP message is given byte for byte (chunked transfer, content encodings). */
    static WarcRecord rawResponse(String url, byte[] httpMessage) {
        return new WarcResponse.Builder(url).date(DAY).body(MediaType.HTTP_RESPONSE, httpMessage).build();
    }

    static WarcRecord request(String url) {
        try {
            HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getRawPath()).addHeader("Host",
                    URI.create(url).getHost()).build();
            return new WarcRequest.Builder(url).date(DAY).body(http).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WarcRecord metadata(String url) {
        return new WarcMetadata.Builder().targetURI(url).date(DAY)
                .fields(Map.of("fetchTimeMs", List.of("120"))).build();
    }

    static WarcRecord warcinfo() {
        return new Warcinfo.Builder().date(DAY).fields(Map.of("software", List.of("veille-tests"))).build();
    }

    static WarcRecord revisit(String url) {
        return new WarcRevisit.Builder(url, URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"))
                .date(DAY).build();
    }

    static WarcRecord dnsResource() {
        return new WarcResource.Builder(URI.create("dns:example.org")).date(DAY)
                .body(MediaType.parse("text/dns"), "example.org. 300 IN A 192.0.2.1".getBytes(StandardCharsets.US_ASCII))
                .build();
    }

    /** One record as written alone: a gzip member of its own when {@code gzip}. */
    static byte[] bytes(WarcRecord record, boolean gzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            writer.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Bytes gzipped whole, as one member. */
    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The parts one after the other. */
    static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        return concat(List.of(parts));
    }

    /** {@code n} words of random letters: text that compresses poorly, so a member spans many reads. */
    static String randomWords(Random random, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            for (int j = 1 + random.nextInt(8); j > 0; j--) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(' ');
        }
        return text.toString();
    }

    /** An archive assembled part by part (records, or any bytes), remembering where each part starts. */
    static final class Builder {
        private final boolean gzip;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<Long> offsets = new ArrayList<>();

        Builder(boolean gzip) {
            this.gzip = gzip;
        }

        Builder add(WarcRecord record) {
            return raw(bytes(record, gzip));
        }

        Builder raw(byte[] part) {
            offsets.add((long) out.size());
            out.writeBytes(part);
            return this;
        }

        /** Where part {@code i} starts. */
        long offset(int i) {
            return offsets.get(i);
        }

        byte[] build() {
            return out.toByteArray();
        }
    }
}
