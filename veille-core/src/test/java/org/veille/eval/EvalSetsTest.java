package org.veille.eval;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EvalSetsTest {

    @ParameterizedTest(name = "{0} has {1} pages")
    @CsvSource({
            "scrapinghub-aeb, 181",
            "trafilatura-eval, 990",
            "wcxb-dev, 1497",
            "readability-testpages, 130",
            "htmldate-dates, 1000",
    })
    void each_shipped_set_opens_with_the_page_count_of_the_readme(String name, int pages) throws IOException {
        EvalSet set = EvalSets.open(SharedEvalData.set(name));
        assertEquals(name, set.name());
        assertEquals(pages, set.size());
        assertTrue(set.pages().stream().allMatch(p -> Files.isRegularFile(p.html())));
    }

    @Test
    void scrapinghub_pages_carry_the_article_body_and_url() throws IOException {
        EvalSet set = EvalSets.open(SharedEvalData.set(ScrapinghubAebReader.NAME));
        EvalPage first = set.pages().get(0);
        assertTrue(first.truth().body().startsWith("Gaming used to be so simple."));
        assertTrue(first.url().startsWith("https://www.wsj.com/"));
        assertEquals(Set.of(Metric.AEB), set.metrics());
    }

    @Test
    void trafilatura_eval_annotates_metadata_on_851_pages_and_keeps_author_lists() throws IOException {
        EvalSet set = EvalSets.open(SharedEvalData.set(TrafilaturaEvalReader.NAME));
        assertEquals(851, set.pages().stream().filter(p -> p.truth().annotated().contains(MetaField.TITLE)).count());
        assertTrue(set.pages().stream().anyMatch(p -> p.truth().authors().size() > 1));
        assertEquals(2951, set.pages().stream().mapToInt(p -> p.truth().with().size()).sum());
        assertEquals(2966, set.pages().stream().mapToInt(p -> p.truth().without().size()).sum());
    }

    @Test
    void trafilatura_eval_truth_dates_with_swapped_day_and_month_or_a_dot_are_repaired() throws IOException {
        assertEquals("2022-11-29", TrafilaturaEvalReader.repairedDate("2022-29-11"));
        assertEquals("2022-01-26", TrafilaturaEvalReader.repairedDate("2022-01.26"));
        assertEquals("2022-11-01", TrafilaturaEvalReader.repairedDate("2022-11-1"));
        assertEquals("2019-12-12", TrafilaturaEvalReader.repairedDate("2019-12-12"));
        assertNull(TrafilaturaEvalReader.repairedDate(null));
        EvalSet set = EvalSets.open(SharedEvalData.set(TrafilaturaEvalReader.NAME));
        assertTrue(set.pages().stream().map(p -> p.truth().date()).filter(d -> d != null && !d.isEmpty())
                .allMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}")));
    }

    @Test
    void wcxb_pages_carry_page_type_and_null_fields_become_absent() throws IOException {
        EvalSet set = EvalSets.open(SharedEvalData.set(WcxbDevReader.NAME));
        assertEquals(793, set.pages().stream().filter(p -> EvalPage.ARTICLE.equals(p.pageType())).count());
        assertEquals(7, set.pages().stream().map(EvalPage::pageType).distinct().count());
        assertTrue(set.pages().stream().allMatch(p -> p.truth().hasBody()), "null main_content is read as empty");
        assertEquals(723, set.pages().stream().filter(p -> p.truth().authors().isEmpty()).count());
        assertEquals(715, set.pages().stream().filter(p -> p.truth().date() == null).count());
    }

    @Test
    void htmldate_reads_nan_dates_as_pages_without_a_date() throws IOException {
        EvalSet set = EvalSets.open(SharedEvalData.set(HtmldateDatesReader.NAME));
        assertEquals(5, set.pages().stream().filter(p -> p.truth().date() == null).count());
        assertTrue(set.pages().stream().allMatch(p -> p.truth().annotated().equals(Set.of(MetaField.DATE))));
    }

    @Test
    void readability_pages_carry_byline_and_language_but_no_body() throws IOException {
        EvalSet set = EvalSets.open(SharedEvalData.set(ReadabilityTestPagesReader.NAME));
        EvalPage first = set.pages().get(0);
        assertEquals("001", first.id());
        assertEquals(List.of("Nicolas Perriault"), first.truth().authors());
        assertEquals("en", first.truth().lang());
        assertNull(first.truth().body());
    }

    @Test
    void a_page_reads_back_its_gunzipped_html() throws IOException {
        EvalSet set = EvalSets.open(SharedEvalData.set(ScrapinghubAebReader.NAME));
        String html = new String(set.pages().get(0).readHtml(), StandardCharsets.ISO_8859_1).toLowerCase();
        assertTrue(html.contains("<html"), "looks like HTML");
    }

    @Test
    void a_renamed_copy_is_recognised_by_its_truth_keys(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("my-sample");
        page(dir, "p1", "{\"id\":\"p1\",\"url\":\"u\",\"page_type\":\"forum\",\"title\":\"T\",\"author\":null,"
                + "\"publish_date\":null,\"main_content\":\"Hello world\",\"with\":[],\"without\":[]}");
        assertInstanceOf(WcxbDevReader.class, EvalSets.readerFor(dir));
        EvalSet set = EvalSets.open(dir);
        assertEquals("forum", set.pages().get(0).pageType());
        assertArrayEquals("<html>p1</html>".getBytes(StandardCharsets.UTF_8), set.pages().get(0).readHtml());
    }

    @Test
    void an_unknown_folder_is_refused_with_a_message_naming_the_known_sets(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("mystery");
        page(dir, "x", "{\"id\":\"x\",\"stars\":5}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EvalSets.open(dir));
        assertTrue(e.getMessage().contains("wcxb-dev") && e.getMessage().contains("[id, stars]"), e.getMessage());
    }

    @Test
    void a_folder_without_truth_and_html_is_refused(@TempDir Path tmp) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EvalSets.open(tmp));
        assertTrue(e.getMessage().contains("truth/"), e.getMessage());
    }

    @Test
    void a_truth_file_without_its_page_is_an_error(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("htmldate-dates");
        page(dir, "a", "{\"id\":\"a\",\"url\":\"u\",\"date\":\"2020-01-01\",\"set\":\"s\"}");
        Files.writeString(dir.resolve("truth").resolve("b.json"), "{\"id\":\"b\",\"date\":NaN}");
        assertThrows(IOException.class, () -> EvalSets.open(dir));
    }

    private static void page(Path dir, String id, String json) throws IOException {
        Files.createDirectories(dir.resolve("truth"));
        Files.createDirectories(dir.resolve("html"));
        Files.writeString(dir.resolve("truth").resolve(id + ".json"), json);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
            out.write(("<html>" + id + "</html>").getBytes(StandardCharsets.UTF_8));
        }
    }
}
