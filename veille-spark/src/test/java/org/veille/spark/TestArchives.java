package org.veille.spark;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Web archives the tests write with jwarc, as a crawler writes them: warcinfo first, then responses. */
final class TestArchives {
    static final Instant CRAWLED = Instant.parse("2023-02-21T10:15:00Z");

    private TestArchives() {
    }

    /** One page to archive: its URL, HTTP status, Content-Type and body. */
    record Page(String url, int status, String contentType, byte[] body) {
        static Page html(String url, String html) {
            return new Page(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Writes {@code pages} as a {@code .warc.gz} (one gzip member per record, as Common Crawl does). */
    static Path write(Path file, List<Page> pages) throws IOException {
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE)) {
            writer.write(new Warcinfo.Builder().date(CRAWLED).fields(Map.of("software", List.of("veille-spark tests"))).build());
            for (Page page : pages) {
                HttpResponse http = new HttpResponse.Builder(page.status(), page.status() == 200 ? "OK" : "Not Found")
                        .addHeader("Content-Type", page.contentType()).body(null, page.body()).build();
                writer.write(new WarcResponse.Builder(page.url()).date(CRAWLED).body(http).build());
            }
        }
        return file;
    }
}
