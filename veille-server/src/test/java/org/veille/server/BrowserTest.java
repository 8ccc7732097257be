package org.veille.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.veille.model.EntityType;
import org.veille.model.QuoteKind;
import org.veille.store.ArticleStore;
import org.veille.store.StoreWriter;

/**
 * The web UI bundled in the jar, in a real headless Chromium driven through Debian's chromedriver, over a real
 * server and a small French and English index. Skipped when Chromium or chromedriver is not installed
 * ({@code apt-get install chromium chromium-driver}). Each test leaves a screenshot in
 * {@code target/screenshots}.
 */
class BrowserTest {
    /** Debian's packages; {@code -Dveille.test.chromium=...} and {@code -Dveille.test.chromedriver=...} name others. */
    private static final Path CHROMIUM = Path.of(System.getProperty("veille.test.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("veille.test.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Only how long a test waits for the page before failing; nothing is timed. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** The first French text of the analyse page loads the French models (a few seconds; more on a busy machine). */
    private static final Duration ANALYSIS_PATIENCE = Duration.ofSeconds(120);

    /** A quotation after characters outside the BMP: its code point offsets differ from JavaScript's. */
    private static final String EMOJI_QUOTE = "Le pont sera rouvert avant l'été";

    /**
     * Selenium 4.38 knows Chrome's DevTools protocol up to an older version than Debian's Chromium and warns about it
     * at every start; these tests use WebDriver only. Held here so the setting is not collected with the logger.
     */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    @TempDir
    static Path index;
    /**
     * Chromium's profile: a folder of our own, not a {@code @TempDir}, removed quietly after the browser quits,
     * since its helper processes may still be writing to it as they exit and JUnit fails a class whose
     * temporary folder it cannot delete.
     */
    private static Path profile;
    private static ArticleStore store;
    private static VeilleServer server;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        if (!browserInstalled()) {
            return; // each test then reports itself skipped (see needsTheBrowser)
        }
        try (StoreWriter writer = StoreWriter.open(index)) {
            Records.storeCorpus(writer);
            writer.add(new Records.Builder("fr0000000000pon1", "https://journal.example/ville/pont", "fr", "2023-03-04",
                    "Minsk : le pont 🌉 rouvrira au printemps",
                    "Les travaux 🚧 du pont 𝔸 avancent à Minsk, selon la mairie.",
                    "« " + EMOJI_QUOTE + " », a promis Ilona Šimková, adjointe au maire 😀.")
                    .entity("e1", "Minsk", EntityType.LOCATION).entity("e2", "Ilona Šimková", EntityType.PERSON)
                    .quote(EMOJI_QUOTE, QuoteKind.DIRECT, "Ilona Šimková", "e2")
                    .build());
            writer.add(new Records.Builder("en0000000000xss1", "javascript:alert(1)", "en", "2023-03-06",
                    "<img src=x onerror=\"window.owned=1\"> Markup & \"quotes\" in a title",
                    "A paragraph with <b>tags</b> written as text.").build());
        }
        store = ArticleStore.open(index);
        server = new VeilleServer(store, new PageAnalyser(), ServerSettings.defaults().withPort(0)).start();
        base = server.uri().toString();

        profile = Files.createTempDirectory("veille-browser-test-profile");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1366,900",
                "--user-data-dir=" + profile.toAbsolutePath(), "--lang=en-GB");
        SELENIUM_LOG.setLevel(Level.SEVERE);
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    private static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(browserInstalled(), "browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                + " is missing (apt-get install -y chromium chromium-driver)");
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
        if (profile != null) {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // A file Chromium is still closing: left for the system's temporary-file cleaning.
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // As above: a leftover in the temporary folder fails no test.
        }
    }

    @AfterEach
    void screenshot(TestInfo test) {
        if (browser == null) {
            return;
        }
        try {
            Files.write(SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"),
                    browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void open(String route) {
        // A fresh document each time: the address changes only after the '#', so ask for a reload.
        browser.get("about:blank");
        browser.get(base + route);
        waitReady();
    }

    /**
     * Waits until the app has drawn its route and placed the focus: app.js sets {@code body[data-ready]}
     * last. Text on the page is no such sign: a count can be drawn before the focus moves, and the previous
     * route's count can still be showing when an in-page action starts the next one.
     */
    private static void waitReady() {
        new WebDriverWait(browser, PATIENCE).until(d -> ((JavascriptExecutor) d).executeScript("return document.body.dataset.ready || null") != null);
    }

    /** Before an action that moves to another route within the page: {@link #waitReady} then waits for that route. */
    private static void unready() {
        ((JavascriptExecutor) browser).executeScript("delete document.body.dataset.ready");
    }

    private static WebElement waitFor(By by) {
        return new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void waitForText(By by, String text) {
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    private static List<String> texts(By by) {
        return browser.findElements(by).stream().map(WebElement::getText).toList();
    }

    @Test
    void aSearchTypedInTheBoxShowsHitsWithTheirMatchesMarked() {
        open("");
        WebElement box = waitFor(By.id("f-q"));
        assertEquals(box, browser.switchTo().activeElement(), "the search box has the focus on arrival");
        unready();
        box.sendKeys("mobilisation", Keys.ENTER);
        waitReady();
        waitForText(By.id("result-count"), "result");
        assertTrue(browser.getCurrentUrl().endsWith("#/search?q=mobilisation"), browser.getCurrentUrl());
        assertEquals("f-q", browser.switchTo().activeElement().getAttribute("id"), "the keyboard stays in the search box");
        List<String> marked = texts(By.cssSelector(".hits mark.hit"));
        assertFalse(marked.isEmpty(), "matches are marked");
        assertTrue(marked.stream().allMatch(m -> m.toLowerCase().startsWith("mobilis")), marked.toString());
        assertTrue(texts(By.cssSelector(".hits blockquote")).contains("La mobilisation partielle n'est pas exclue"),
                "the French quotation, accents intact");
        assertEquals("fr", browser.findElement(By.cssSelector(".quote-card blockquote")).getAttribute("lang"));
        assertFalse(browser.findElements(By.cssSelector("svg.timeline rect.bar")).isEmpty(), "the per-day timeline is drawn");
    }

    @Test
    void theSkipLinkIsTheFirstStopOfTheKeyboardAndLeadsToTheContent() {
        open("#/analyse");
        waitFor(By.id("a-text"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertEquals("skip-link", skip.getAttribute("id"));
        skip.sendKeys(Keys.ENTER);
        assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));
        assertTrue(browser.getCurrentUrl().endsWith("#/analyse"), "the route stays: " + browser.getCurrentUrl());
    }

    @Test
    void aSpeakerFromTheFacetsFiltersTheQuotations() {
        open("#/search?kind=quote");
        waitForText(By.id("result-count"), "7 results");
        WebElement khrenin = browser.findElements(By.cssSelector("#facet-speakers + ul .facet-value")).stream()
                .filter(b -> b.getText().startsWith("Viktor Khrenin")).findFirst().orElseThrow();
        unready();
        khrenin.click();
        waitReady();
        waitForText(By.id("result-count"), "2 results");
        assertEquals(List.of("Viktor Khrenin", "Viktor Khrenin"), texts(By.cssSelector(".hits .speaker-link")));
        assertTrue(browser.findElement(By.cssSelector(".chips")).getText().contains("speaker: Viktor Khrenin"));
        assertTrue(browser.getCurrentUrl().contains("speaker=Viktor+Khrenin"), browser.getCurrentUrl());
        assertEquals("results-title", browser.switchTo().activeElement().getAttribute("id"), "the focus moves to the results");

        // The same filter from the form, with the keyboard.
        open("#/search");
        waitFor(By.id("result-count"));
        browser.findElement(By.cssSelector("details.filters summary")).click();
        waitFor(By.id("f-speaker")).sendKeys("pavel slunkin");
        new Select(browser.findElement(By.id("f-kind"))).selectByValue("quote");
        unready();
        browser.findElement(By.id("f-speaker")).sendKeys(Keys.ENTER);
        waitReady();
        waitForText(By.id("result-count"), "3 results");
        assertEquals(List.of("Pavel Slunkin", "Pavel Slunkin", "Pavel Slunkin"), texts(By.cssSelector(".hits .speaker-link")));
    }

    @Test
    void theSpeakerOfAQuoteCardOpensItsEntityPage() {
        open("#/search?q=armies");
        waitForText(By.id("result-count"), "result");
        unready();
        browser.findElements(By.cssSelector(".speaker-link")).stream()
                .filter(a -> a.getText().equals("Viktor Khrenin")).findFirst().orElseThrow().click();
        waitReady();
        waitForText(By.tagName("h1"), "Viktor Khrenin");
        waitFor(By.id("by-title"));
        assertTrue(browser.findElement(By.id("by-title")).getText().contains("(2)"), browser.findElement(By.id("by-title")).getText());
        assertTrue(texts(By.cssSelector("section[aria-labelledby=by-title] blockquote")).contains("Nous sommes prêts"));
        assertEquals(2, browser.findElements(By.cssSelector("svg.timeline rect.bar")).size(), "two days name him");
        assertTrue(texts(By.cssSelector(".co-mentioned a")).contains("Minsk"));
        assertEquals("main", browser.switchTo().activeElement().getAttribute("id"), "the focus moves to the new page");
    }

    @Test
    void aQuoteCardOpensItsArticleWithTheQuotationHighlightedPastNonBmpCharacters() {
        open("#/search?q=pont&kind=quote");
        waitForText(By.id("result-count"), "1 result");
        WebElement context = waitFor(By.cssSelector(".context-link"));
        unready();
        context.click();
        waitReady();
        WebElement selected = waitFor(By.id("selected-quote"));
        assertEquals(EMOJI_QUOTE, selected.getText(), "code point offsets turned into UTF-16 ones");
        assertEquals("Minsk : le pont 🌉 rouvrira au printemps", browser.findElement(By.id("article-title")).getText());
        assertEquals("selected-quote", browser.switchTo().activeElement().getAttribute("id"), "the focus is on the quotation");
        assertEquals("— Ilona Šimková", browser.findElement(By.cssSelector("#selected-quote + .who")).getText());
        assertEquals(List.of("Minsk", "Ilona Šimková"), texts(By.cssSelector(".article-body mark.entity")),
                "entity mentions marked too");
        assertTrue(browser.findElement(By.cssSelector(".article-body")).getText().contains("du pont 𝔸 avancent"));
        assertEquals("fr", browser.findElement(By.cssSelector(".article-body")).getAttribute("lang"));
    }

    @Test
    void storedTextIsShownAsTextNeverAsMarkup() {
        open("#/article/en0000000000xss1");
        WebElement title = waitFor(By.id("article-title"));
        assertEquals("<img src=x onerror=\"window.owned=1\"> Markup & \"quotes\" in a title", title.getText());
        assertTrue(browser.findElements(By.cssSelector("main img, main b")).isEmpty(), "no element made from the data");
        assertTrue(browser.findElement(By.cssSelector(".article-body")).getText().contains("with <b>tags</b> written"));
        assertTrue(browser.findElements(By.linkText("original page")).isEmpty(), "a javascript: URL is not made a link");
        assertEquals(Boolean.TRUE, browser.executeScript("return window.owned === undefined;"), "no script ran");
    }

    @Test
    void aPastedFrenchArticleShowsItsQuotationWithTheSpeakerMarked() {
        open("#/analyse");
        WebElement text = waitFor(By.id("a-text"));
        text.sendKeys("Le ministre de la Défense a visité Minsk mardi.\n"
                + "« La mobilisation partielle n'est pas exclue », a déclaré Pavel Slunkin, analyste au Conseil européen.");
        new Select(browser.findElement(By.id("a-lang"))).selectByValue("fr");
        browser.findElement(By.cssSelector(".analyse-form button[type=submit]")).click();
        new WebDriverWait(browser, ANALYSIS_PATIENCE)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("analysis-summary")));
        WebElement quote = waitFor(By.cssSelector(".article-body mark.quote.kind-direct"));
        assertEquals("La mobilisation partielle n'est pas exclue", quote.getText().trim());
        WebElement speaker = browser.findElement(By.cssSelector(".article-body mark.quote.kind-direct + .who"));
        assertEquals("— Pavel Slunkin", speaker.getText());
        assertTrue(texts(By.cssSelector(".article-body mark.entity.type-person")).contains("Pavel Slunkin"),
                texts(By.cssSelector(".article-body mark.entity")).toString());
        assertTrue(browser.findElement(By.id("quotes-title")).getText().startsWith("Quotations (1)"),
                browser.findElement(By.id("quotes-title")).getText());
    }

    @Test
    void printsTheFirstRenderTimes() {
        // Measured, not asserted: a shared machine's timings say nothing about the code. The numbers go to docs/ui.md.
        for (int round = 1; round <= 3; round++) {
            open("#/search?q=mobilisation");
            waitForText(By.id("result-count"), "result");
            @SuppressWarnings("unchecked")
            Map<String, Object> times = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                    "const n = performance.getEntriesByType('navigation')[0];"
                            + "return {domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd,"
                            + " results: window.veilleFirstResults || null, transfer: n.transferSize};");
            System.out.printf("ui render, round %d: DOMContentLoaded %.1f ms, load %.1f ms, first results shown %s ms%n", round,
                    number(times.get("domContentLoaded")), number(times.get("load")),
                    times.get("results") == null ? "?" : String.format("%.1f", number(times.get("results"))));
        }
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
