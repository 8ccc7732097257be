package org.veille.analyse.attribution;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RoleTest {

    @Test
    void tags_round_trip_to_their_roles() {
        assertEquals(7, Role.TAGS);
        for (Role r : Role.values()) {
            assertEquals(r, Role.of(r.begin()));
            assertEquals(r, Role.of(r.inside()));
            assertTrue(Role.isBegin(r.begin()));
            assertFalse(Role.isBegin(r.inside()));
        }
        assertNull(Role.of(Role.OUTSIDE));
        assertEquals(Role.CONTENT, Role.named("Content"));
        assertNull(Role.named("Attribution"));
    }

    @Test
    void an_inside_tag_only_continues_its_own_role() {
        assertTrue(Role.allowed(Role.CUE.begin(), Role.CUE.inside()));
        assertTrue(Role.allowed(Role.CUE.inside(), Role.CUE.inside()));
        assertFalse(Role.allowed(Role.OUTSIDE, Role.CUE.inside()));
        assertFalse(Role.allowed(Role.SOURCE.begin(), Role.CUE.inside()));
        assertTrue(Role.allowed(Role.SOURCE.inside(), Role.CONTENT.begin()));
        assertTrue(Role.allowed(Role.CONTENT.inside(), Role.OUTSIDE));
    }
}
