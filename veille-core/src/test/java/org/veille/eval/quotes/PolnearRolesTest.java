package org.veille.eval.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pieces a tagger learns from, on a split of our own in PolNeAR's layout. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PolnearRolesTest {

    @Test
    void pieces_stay_apart_offsets_become_chars_and_each_article_counts_once(@TempDir Path split) throws IOException {
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        // An astral character first: brat counts it as one, Java as two chars.
        String text = "\uD83D\uDCF0 These were not omissions, Brafman noted; the government slanted its case.";
        Files.writeString(split.resolve("text/a.txt"), text, StandardCharsets.UTF_8);
        String ann = String.join("\n",
                "T1\tContent 2 26;43 74\tThese were not omissions the government slanted its case",
                "T2\tSource 28 35\tBrafman",
                "T3\tCue 36 42\tnoted;",
                "T4\tAttribution 36 42\tnoted;",
                "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
                "T5\tDiscard 0 1\tx");
        Files.writeString(split.resolve("attributions/a_ann1.ann"), ann, StandardCharsets.UTF_8);
        Files.writeString(split.resolve("attributions/a_ann2.ann"), "", StandardCharsets.UTF_8);

        List<RoleAnnotatedText> articles = PolnearSet.readRoles(split);
        assertEquals(1, articles.size());
        List<RoleSpan> spans = articles.get(0).spans();
        assertEquals(4, spans.size(), spans.toString());
        RoleSpan first = spans.stream().filter(s -> s.role().equals("Content")).findFirst().orElseThrow();
        assertEquals("These were not omissions", text.substring(first.start(), first.end()));
        RoleSpan source = spans.stream().filter(s -> s.role().equals("Source")).findFirst().orElseThrow();
        assertEquals("Brafman", text.substring(source.start(), source.end()));
        assertEquals(1, source.relation());
        RoleSpan last = spans.stream().filter(s -> s.role().equals("Content")).reduce((a, b) -> b).orElseThrow();
        assertEquals("the government slanted its case", text.substring(last.start(), last.end()));
    }
}
