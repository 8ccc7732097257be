package org.veille.store.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.veille.model.Extraction;

/**
 * The fingerprint of what an article says: SHA-256 over its title and paragraphs, cut to 128 bits.
 * It decides whether a record seen again is unchanged (skipped) or changed (replaced), and finds
 * exact copies published at another address. Metadata (dates, authors) and the analysis layer are
 * left out on purpose: a re-analysis of the same text is not a new article.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(Extraction extraction) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every Java platform has SHA-256", e);
        }
        // A separator no text contains keeps ("ab", "c") and ("a", "bc") apart.
        sha.update((extraction.title() == null ? "" : extraction.title()).getBytes(StandardCharsets.UTF_8));
        for (String paragraph : extraction.paragraphs()) {
            sha.update((byte) 0);
            sha.update(paragraph.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }
}
