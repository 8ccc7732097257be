package org.veille.store.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void caseAccentsApostrophesHyphensAndSpacesFold() {
        assertEquals("pavel slunkin", NameKey.of("  Pável\u00A0 SLUNKIN "));
        assertEquals(NameKey.of("Jean-Yves Le Drian"), NameKey.of("jean yves le drian"));
        assertEquals(NameKey.of("Côte d’Ivoire"), NameKey.of("cote d'ivoire"));
        assertEquals("belarus", NameKey.of("Bélarus"));
    }

    @Test
    void otherDifferencesStay() {
        assertNotEquals(NameKey.of("Slunkin"), NameKey.of("Pavel Slunkin"));
        assertNull(NameKey.of("  "));
        assertNull(NameKey.of(null));
    }
}
