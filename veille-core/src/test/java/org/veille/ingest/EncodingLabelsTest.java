package org.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EncodingLabelsTest {

    private static String name(String label) {
        return EncodingLabels.lookup(label).orElseThrow(() -> new AssertionError("unknown: " + label)).name();
    }

    @Test
    void legacyLatin1LabelsMapToWindows1252() {
        for (String label : new String[] {"iso-8859-1", "ISO_8859-1", "latin1", "us-ascii", "ascii", " Latin1 "}) {
            assertEquals("windows-1252", name(label), label);
        }
    }

    @Test
    void commonLabelsMapToWhatwgNames() {
        assertEquals("utf-8", name("UTF8"));
        assertEquals("utf-8", name("unicode-1-1-utf-8"));
        assertEquals("iso-8859-2", name("latin2"));
        assertEquals("windows-1254", name("iso-8859-9"));
        assertEquals("shift_jis", name("Shift_JIS"));
        assertEquals("shift_jis", name("sjis"));
        assertEquals("gbk", name("gb2312"));
        assertEquals("euc-kr", name("ks_c_5601-1987"));
        assertEquals("big5", name("big5"));
        assertEquals("utf-16le", name("utf-16"));
        assertEquals("windows-874", name("tis-620"));
    }

    @Test
    void shiftJisDecodesWithTheMicrosoftSuperset() {
        assertEquals("windows-31j", EncodingLabels.lookup("shift_jis").orElseThrow().charset().name());
    }

    @Test
    void unknownAndReplacementLabelsAreUnknown() {
        assertTrue(EncodingLabels.lookup("x-klingon").isEmpty());
        assertTrue(EncodingLabels.lookup("iso-2022-kr").isEmpty());
        assertTrue(EncodingLabels.lookup("").isEmpty());
        assertTrue(EncodingLabels.lookup(null).isEmpty());
    }

    @Test
    void lenientLookupFallsBackToJavaCharsetNames() {
        assertEquals("ibm855", EncodingLabels.lookupLeniently("IBM855").orElseThrow().name());
        assertEquals("windows-874", EncodingLabels.lookupLeniently("TIS620").orElseThrow().name());
        assertTrue(EncodingLabels.lookupLeniently("not a charset!").isEmpty());
    }
}
