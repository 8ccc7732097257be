package org.veille.analyse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.veille.text.CourtesyTitles;
import org.veille.model.Entity;
import org.veille.model.EntityType;
import org.veille.model.Mention;
import org.veille.model.Quote;

/**
 * Names an unnamed source the article names later. News copy introduces a source by a description
 * ("affirme un initié", "a source told us") and later calls him by courtesy title and surname only
 * ("Même M. Kavaleuski, qui n'est pas convaincu…"): a bare "M. Surname" is how papers refer to someone
 * already introduced, so when nobody in the article carries that surname with a first name, the
 * person is the one introduced without a name. A careful reader makes that link; we make it only
 * when it is the only one possible:
 * <ul>
 *   <li>exactly one unnamed source (an indefinite description: "un initié", "an insider") speaks,
 *       and all its quotations come before the person's first mention;</li>
 *   <li>exactly one person first appears after those quotations as title and surname, never with a
 *       first name.</li>
 * </ul>
 * The link is an inference, not something the text states, so the quotes' confidence drops.
 */
final class LateNaming {
    private static final Pattern UNNAMED = Pattern.compile("(?iu)(?:un|une|a|an)\\s+\\p{Ll}[\\p{L}'’ -]*");
    /** How much of a quote's confidence survives the inference. */
    private static final double INFERENCE_DISCOUNT = 0.8;

    private LateNaming() {
    }

    /** The quotes with the unnamed source replaced by the person the article later names, when exactly one fits. */
    static List<Quote> apply(List<Quote> quotes, List<Entity> entities) {
        Set<String> unnamed = new HashSet<>();
        int lastUnnamed = -1;
        for (Quote q : quotes) {
            if (q.speakerEntity() == null && q.speaker() != null && UNNAMED.matcher(q.speaker()).matches()) {
                unnamed.add(q.speaker().toLowerCase(Locale.ROOT));
                lastUnnamed = Math.max(lastUnnamed, q.inTitle() ? -1 : q.start());
            }
        }
        if (unnamed.size() != 1) {
            return quotes;
        }
        Entity named = null;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON || e.mentions().isEmpty()
                    || !e.mentions().stream().allMatch(m -> CourtesyTitles.WITH_SURNAME.matcher(m.text()).matches())) {
                continue;
            }
            int first = e.mentions().stream().mapToInt(Mention::start).min().orElseThrow();
            if (first <= lastUnnamed || surnameHasFirstName(e, entities)) {
                continue;
            }
            if (named != null) {
                return quotes;
            }
            named = e;
        }
        if (named == null) {
            return quotes;
        }
        String source = unnamed.iterator().next();
        List<Quote> linked = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            boolean same = q.speakerEntity() == null && q.speaker() != null
                    && q.speaker().toLowerCase(Locale.ROOT).equals(source);
            linked.add(same ? q.withSpeaker(named.name(), named.id(), q.confidence() * INFERENCE_DISCOUNT) : q);
        }
        return linked;
    }

    /** Whether another person entity carries the same surname with more to it ("Andreï Kavaleuski"). */
    private static boolean surnameHasFirstName(Entity titled, List<Entity> entities) {
        String surname = titled.name().substring(titled.name().lastIndexOf(' ') + 1);
        for (Entity e : entities) {
            if (e != titled && e.type() == EntityType.PERSON && e.name().contains(" ")
                    && e.name().endsWith(" " + surname)) {
                return true;
            }
        }
        return false;
    }
}
