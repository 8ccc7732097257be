package org.veille.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.model.Extraction;
import org.veille.model.ForeignFragment;
import org.veille.model.LanguageProfile;
import org.veille.model.ParagraphLanguage;

/** The reference page of ../shared, read as plain text; skipped where ../shared is absent. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReferenceSampleTest {

    private static final String SAMPLE = "samples/000_e4564e332a95ab24.txt";

    static Path sharedSample() {
        return Stream.of(System.getProperty("veille.shared"), "../shared", "../../shared")
                .filter(dir -> dir != null && !dir.isBlank())
                .map(dir -> Path.of(dir, SAMPLE))
                .filter(Files::isRegularFile)
                .findFirst().orElse(null);
    }

    @Test
    void the_reference_page_is_French_with_its_three_English_leftovers_flagged() throws IOException {
        Path sample = sharedSample();
        assumeTrue(sample != null, "../shared is absent: reference sample not checked");
        Extraction extraction = Articles.fromText(null, Files.readString(sample, StandardCharsets.UTF_8));

        LanguageProfile profile = new LanguageIdentifier().identify(extraction).value();

        assertEquals("fr", profile.language());
        List<ForeignFragment> fragments = profile.foreignFragments();
        assertEquals(List.of("[it is because]", "[Belarusians]", "[in Belarus]"),
                fragments.stream().map(ForeignFragment::text).toList());
        String text = extraction.text();
        for (ForeignFragment fragment : fragments) {
            assertEquals("en", fragment.language());
            assertEquals(fragment.text(), text.substring(text.offsetByCodePoints(0, fragment.start()),
                    text.offsetByCodePoints(0, fragment.end())));
        }
        // The cookie banner, an English paragraph of the raw dump, is the only paragraph flagged.
        int banner = extraction.paragraphs().size() - 1;
        assertEquals(List.of(new ParagraphLanguage(banner, "en")), profile.paragraphs());
    }
}
