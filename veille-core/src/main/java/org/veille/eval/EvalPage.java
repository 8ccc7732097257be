package org.veille.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * One page of an evaluation set.
 *
 * @param id       the page id (file name stem of html/ and truth/)
 * @param html     the gzip-compressed page as crawled ({@code html/<id>.html.gz})
 * @param url      the page's URL, null when the set does not give one (readability-testpages)
 * @param pageType WCXB's page type ("article", "forum", ...); {@value #ARTICLE} for scrapinghub-aeb, whose
 *                 pages are all news articles; {@value #UNKNOWN} where the set does not say
 * @param truth    what the set's truth file says
 */
public record EvalPage(String id, Path html, String url, String pageType, Truth truth) {
    public static final String ARTICLE = "article";
    public static final String UNKNOWN = "unknown";

    /**
     * The page's bytes exactly as crawled, gunzipped; decoding them (several pages are not UTF-8) is the
     * extractor's job. Unchecked, so that it can be called inside a {@code Function<EvalPage, Prediction>}.
     */
    public byte[] readHtml() {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + html, e);
        }
    }
}
