package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalDatesTest {
    @TempDir
    Path dir;

    /** A PolNeAR-like split: data/dev/text/*.txt with data/metadata.tsv beside the split. */
    private Path split(String text) throws IOException {
        Path dev = Files.createDirectories(dir.resolve("data/dev/text")).getParent();
        Files.writeString(dev.resolve("text/nyt_2016-10-20_debate.txt"), text);
        Files.writeString(dir.resolve("data/metadata.tsv"),
                "compartment\tfilename\tpublisher\tpublication_date\n"
                        + "dev\tnyt_2016-10-20_debate\tnyt\t2016-10-20\n"
                        + "dev\tother\tnyt\tNone\n");
        return dev;
    }

    @Test
    void publicationDatesAreReadByFileNameFromTheParentsMetadata() throws IOException {
        Path dev = split("x");
        assertEquals(Map.of("nyt_2016-10-20_debate", LocalDate.of(2016, 10, 20)), EvalDates.publicationDates(dev));
    }

    @Test
    void reportsAgreementWithSutimeNotAccuracy() throws IOException {
        Path dev = split("The debate was held on October 19, 2016 in Las Vegas. Voters go to the polls in November.\n");
        CliRun run = CliRun.of("eval", "dates", "--findings", "5", dev.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("not accuracy"), run.stdout());
        assertTrue(run.stdout().contains("1 articles"), run.stdout());
        assertTrue(run.stdout().contains("span agreement"), run.stdout());
        assertTrue(run.stdout().contains("F1 1.000"), run.stdout());
        assertTrue(run.stdout().contains("equal                             2  1.000"), run.stdout());
    }
}
