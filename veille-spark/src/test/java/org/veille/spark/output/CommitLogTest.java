package org.veille.spark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run finds after an earlier one stopped at each step of a commit. */
class CommitLogTest {
    @TempDir
    Path out;
    private CommitLog log;

    @BeforeEach
    void openLog() throws IOException {
        FileSystem fs = FileSystem.getLocal(new Configuration());
        log = new CommitLog(fs, new OutputLayout(new org.apache.hadoop.fs.Path(out.toUri())));
    }

    private Path stage(String batch, String file, String content) throws IOException {
        Path staged = out.resolve("_veille/staging/" + batch + "/" + file);
        Files.createDirectories(staged.getParent());
        return Files.writeString(staged, content);
    }

    @Test
    void aCommitMovesTheStagedFilesIntoTheTablesAndRemembersItsInputs() throws IOException {
        stage("b1", "articles/language=fr/part-00000-x.c000.snappy.parquet", "fr");
        stage("b1", "articles/_SUCCESS", "");
        stage("b1", "quotes/language=fr/part-00000-y.c000.snappy.parquet", "q");

        log.commit("b1", OutputFormat.parquet, List.of("s3a://cc/a.warc.gz", "s3a://cc/b.warc.gz"));

        assertEquals("fr", Files.readString(out.resolve("articles/language=fr/part-00000-x.c000.snappy.parquet")));
        assertEquals("q", Files.readString(out.resolve("quotes/language=fr/part-00000-y.c000.snappy.parquet")));
        assertFalse(Files.exists(out.resolve("articles/_SUCCESS")), "Spark's markers stay behind");
        assertFalse(Files.exists(out.resolve("_veille/staging/b1")));
        CommitLog.Done done = log.recover();
        assertEquals(Set.of("s3a://cc/a.warc.gz", "s3a://cc/b.warc.gz"), done.inputs());
        assertEquals(Set.of("parquet"), done.formats());
    }

    @Test
    void aBatchIdIsNeverCommittedTwice() throws IOException {
        stage("b1", "articles/part-00000-x-c000.txt", "{}");
        log.commit("b1", OutputFormat.jsonl, List.of("/in/a.html"));
        stage("b1", "articles/part-00000-y-c000.txt", "{}");

        UncheckedIOException refused = assertThrows(UncheckedIOException.class,
                () -> log.commit("b1", OutputFormat.jsonl, List.of("/in/b.html")));

        assertTrue(refused.getMessage().contains("batch b1 is committed already"), refused.getMessage());
        assertEquals(Set.of("/in/a.html"), log.recover().inputs(), "the first batch's manifest is intact");
    }

    @Test
    void jsonLinesGetTheirOwnExtension() throws IOException {
        stage("b1", "articles/part-00000-x-c000.txt", "{}");
        log.commit("b1", OutputFormat.jsonl, List.of("/in/a.html"));
        assertTrue(Files.exists(out.resolve("articles/part-00000-x-c000.jsonl")));
    }

    @Test
    void aBatchThatStoppedBeforeItsManifestIsForgottenAndItsFilesReadAgain() throws IOException {
        stage("b1", "articles/language=fr/part-00000-x.c000.snappy.parquet", "partial");

        CommitLog.Done done = log.recover();

        assertEquals(Set.of(), done.inputs());
        assertFalse(Files.exists(out.resolve("_veille/staging/b1")), "partial output is deleted");
        assertFalse(Files.exists(out.resolve("articles")));
    }

    @Test
    void aBatchThatStoppedDuringItsMovesIsFinishedByTheNextRun() throws IOException {
        stage("b1", "articles/language=fr/part-1.parquet", "one");
        stage("b1", "articles/language=en/part-2.parquet", "two");
        // As a run that died after its manifest and first move would have left it.
        Files.createDirectories(out.resolve("_veille/commits"));
        Files.writeString(out.resolve("_veille/commits/b1.json"), """
                {"batch": "b1", "format": "parquet", "inputs": ["/in/a.warc.gz"], "moves": [
                  {"from": "_veille/staging/b1/articles/language=fr/part-1.parquet", "to": "articles/language=fr/part-1.parquet"},
                  {"from": "_veille/staging/b1/articles/language=en/part-2.parquet", "to": "articles/language=en/part-2.parquet"}]}
                """);
        Files.createDirectories(out.resolve("articles/language=fr"));
        Files.move(out.resolve("_veille/staging/b1/articles/language=fr/part-1.parquet"),
                out.resolve("articles/language=fr/part-1.parquet"));

        CommitLog.Done done = log.recover();

        assertEquals(Set.of("/in/a.warc.gz"), done.inputs());
        assertEquals("one", Files.readString(out.resolve("articles/language=fr/part-1.parquet")));
        assertEquals("two", Files.readString(out.resolve("articles/language=en/part-2.parquet")));
        assertFalse(Files.exists(out.resolve("_veille/staging/b1")));
    }

    @Test
    void aManifestStillBeingWrittenDoesNotCount() throws IOException {
        Files.createDirectories(out.resolve("_veille/commits"));
        Files.writeString(out.resolve("_veille/commits/b1.json.writing"), "{\"inputs\": [\"/in/a.html\"");
        assertEquals(Set.of(), log.recover().inputs());
    }
}
