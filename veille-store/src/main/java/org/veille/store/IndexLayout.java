package org.veille.store;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * Which version of the document layout ({@code docs/store.md}) an index was written with, recorded in
 * every commit. Readers and writers refuse an index holding documents of another layout: its queries
 * would silently miss (layout 1 kept entity names on every document and the article first in its
 * block; layout 2 keeps them on the article, last, and reaches the rest by block join; layout 3 also
 * keys every written form of a speaker's or an entity's name, "M. Slunkin" as "slunkin"; layout 4
 * indexes record ids on articles alone, in a field of their own, entity ids within their article and
 * band keys as bytes, so layout 3's lookups would find nothing; layout 5 indexes text without offsets,
 * and Lucene refuses to mix the two in one field).
 */
final class IndexLayout {
    static final String KEY = "veille.layout";
    static final String VERSION = "5";

    private IndexLayout() {
    }

    /** What a writer records in each commit. */
    static Iterable<Map.Entry<String, String>> commitData() {
        return List.of(Map.entry(KEY, VERSION));
    }

    /** @throws IllegalArgumentException when the index holds documents written with another layout */
    static void check(Directory directory, Object where) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
        String version = infos.getUserData().get(KEY);
        if (!VERSION.equals(version) && infos.totalMaxDoc() > 0) {
            throw new IllegalArgumentException("the index in " + where + " was written by an older version of Veille (layout "
                    + (version == null ? "1" : version) + ", this version reads layout " + VERSION
                    + "): ingest the articles again into a new folder");
        }
    }
}
