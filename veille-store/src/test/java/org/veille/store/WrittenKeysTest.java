package org.veille.store;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.veille.model.Entity;
import org.veille.model.EntityType;
import org.veille.model.Mention;
import org.veille.store.text.NameKey;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A speaker or entity filter matches the name and every form the article writes it in. */
class WrittenKeysTest {

    @Test
    void theWrittenFormsOfANameAreKeysTooWithoutTheirTitleButNotDescriptions() {
        Entity slunkin = new Entity("e3", "Pavel Slunkin", EntityType.PERSON, List.of(
                new Mention("Pavel Slunkin", 0, 13), new Mention("M. Slunkin", 40, 50),
                new Mention("l'analyste", 60, 70)));
        assertEquals(Set.of("pavel slunkin", "slunkin"), NameKey.writtenKeys(slunkin));
        Entity putin = new Entity("e2", "Vladimir Poutine", EntityType.PERSON, List.of(
                new Mention("Poutine", 5, 12), new Mention("le président russe", 30, 48)));
        assertEquals(Set.of("vladimir poutine", "poutine"), NameKey.writtenKeys(putin));
    }
}
