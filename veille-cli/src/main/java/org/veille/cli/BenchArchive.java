package org.veille.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The web archive {@code bench warc} reads: the pages of a folder (the {@code html/} folders of the
 * extraction sets) written with jwarc as a crawler writes them, one gzip member per record: a
 * {@code warcinfo}, then for each page a {@code request} and a {@code response} with HTTP headers,
 * and a {@code metadata} record after every tenth page.
 */
final class BenchArchive {
    private static final Instant CAPTURED = Instant.parse("2023-02-21T12:00:00Z");

    /** What was written. */
    record Written(Path file, int pages, long records, long bytes, long payloadBytes) {
    }

    private BenchArchive() {
    }

    /** The pages under {@code root}: files in folders named {@code html}, else every page file. */
    static List<Path> pages(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("not a folder: " + root);
        }
        List<Path> all;
        try (Stream<Path> files = Files.walk(root)) {
            all = files.filter(Files::isRegularFile).filter(BenchArchive::isPage).sorted().toList();
        }
        List<Path> inHtmlFolders = all.stream()
                .filter(p -> p.getParent() != null && root.relativize(p).toString().contains("html/")).toList();
        return inHtmlFolders.isEmpty() ? all : inHtmlFolders;
    }

    private static boolean isPage(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz");
    }

    /** Writes {@code pages}, {@code repeat} times over (each copy at its own URL), to {@code file}. */
    static Written write(List<Path> pages, Path root, int repeat, Path file) throws IOException {
        long records = 0;
        long payload = 0;
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(new Warcinfo.Builder().date(CAPTURED).filename(file.getFileName().toString())
                    .fields(Map.of("software", List.of("veille bench warc"))).build());
            records++;
            int n = 0;
            for (int copy = 0; copy < repeat; copy++) {
                for (Path page : pages) {
                    byte[] body = read(page);
                    payload += body.length;
                    String url = "https://bench" + copy + ".example/" + root.relativize(page).toString().replace('\\', '/');
                    URI target = URI.create(url.replace(" ", "%20"));
                    HttpRequest request = new HttpRequest.Builder("GET", target.getRawPath())
                            .addHeader("Host", target.getHost()).addHeader("User-Agent", "bench").build();
                    writer.write(new WarcRequest.Builder(target).date(CAPTURED).body(request).build());
                    HttpResponse response = new HttpResponse.Builder(200, "OK")
                            .addHeader("Content-Type", "text/html").body(null, body).build();
                    writer.write(new WarcResponse.Builder(target).date(CAPTURED).body(response).build());
                    records += 2;
                    if (++n % 10 == 0) {
                        writer.write(new WarcMetadata.Builder().targetURI(target).date(CAPTURED)
                                .fields(Map.of("fetchTimeMs", List.of("100"))).build());
                        records++;
                    }
                }
            }
        }
        return new Written(file, pages.size() * repeat, records, Files.size(file), payload);
    }

    private static byte[] read(Path page) throws IOException {
        try (InputStream in = page.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(page), 1 << 16) : Files.newInputStream(page)) {
            return in.readAllBytes();
        }
    }
}
