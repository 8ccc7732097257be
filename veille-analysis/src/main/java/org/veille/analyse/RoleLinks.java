package org.veille.analyse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.veille.extract.Whitespace;
import org.veille.model.Entity;
import org.veille.model.EntityType;
import org.veille.model.Mention;
import org.veille.model.Quote;

/**
 * Links a speaker named by role ("le président russe a déclaré") to the person the article names with
 * that role, anywhere in its body or its captions ("Le président russe Vladimir Poutine assiste à un
 * exercice"). A reader makes that link from the apposition; a role the article never pins to a name
 * stays a description, since who holds it is world knowledge the article does not give.
 */
final class RoleLinks {
    /**
     * A singular definite description: "le président russe", "le Premier ministre lui-même", "the
     * spokesman"; group 1 is its head, without the article and an emphatic "lui-même"/"himself".
     */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "(?iu)(?:le|la|l['’]|the)\\s*(\\p{L}[\\p{L}'’ -]*?)(?:\\s+(?:lui-même|elle-même|himself|herself))?");
    /**
     * A name as written after its role: up to four capitalised words or initials on one line, with the
     * particles names carry; a sentence's full stop is not part of it.
     */
    private static final String NAME = "(\\p{Lu}(?:[\\p{L}'’-]+|\\.)(?:[ \\u00A0]+(?:(?:de|du|van|von|da|di|bin|al|el)[ \\u00A0]+)?"
            + "\\p{Lu}(?:[\\p{L}'’-]+|\\.)){0,3})";

    /** The article's entities and quotes after linking. */
    record Linked(List<Entity> entities, List<Quote> quotes) {
    }

    private RoleLinks() {
    }

    static Linked apply(List<Quote> quotes, List<Entity> entities, String body, List<String> captions) {
        Map<String, String> descriptions = new HashMap<>(); // speaker as written, lower case -> its head
        for (Quote q : quotes) {
            Matcher d = q.speakerEntity() == null && q.speaker() != null ? DESCRIPTION.matcher(q.speaker()) : null;
            if (d != null && d.matches() && !d.group(1).equals(d.group(1).toUpperCase(Locale.ROOT))
                    && d.group(1).chars().anyMatch(Character::isLowerCase)) {
                descriptions.put(q.speaker().toLowerCase(Locale.ROOT), d.group(1));
            }
        }
        Map<String, Entity> holders = new HashMap<>();
        Map<String, String> fullNames = new HashMap<>(); // entity id -> the fuller name the apposition gives
        for (Map.Entry<String, String> entry : descriptions.entrySet()) {
            String description = entry.getKey();
            Holder holder = holder(entry.getValue(), entities, body, captions);
            if (holder != null) {
                holders.put(description, holder.entity());
                String current = fullNames.getOrDefault(holder.entity().id(), holder.entity().name());
                if (Whitespace.RUNS.split(holder.writtenName()).length > Whitespace.RUNS.split(current).length) {
                    fullNames.put(holder.entity().id(), holder.writtenName());
                }
            }
        }
        if (holders.isEmpty()) {
            return new Linked(entities, quotes);
        }
        Map<String, List<Mention>> added = new HashMap<>();
        List<Quote> linked = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            Entity holder = q.speakerEntity() == null && q.speaker() != null ? holders.get(q.speaker().toLowerCase(Locale.ROOT)) : null;
            if (holder == null) {
                String renamed = q.speakerEntity() == null ? null : fullNames.get(q.speakerEntity());
                linked.add(renamed == null ? q : q.withSpeaker(renamed, q.speakerEntity(), q.confidence()));
                continue;
            }
            // "Vladimir Poutine" in the caption names the body's "Poutine" in full: the speaker takes the fuller name.
            linked.add(q.withSpeaker(fullNames.getOrDefault(holder.id(), holder.name()), holder.id(), q.confidence()));
            Mention m = q.speakerMention();
            if (!q.inTitle() && m != null && m.text().equalsIgnoreCase(q.speaker())) {
                added.computeIfAbsent(holder.id(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Entity> withRoles = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            List<Mention> more = added.get(e.id());
            String name = fullNames.getOrDefault(e.id(), e.name());
            if (more == null) {
                withRoles.add(name.equals(e.name()) ? e : new Entity(e.id(), name, e.type(), e.mentions()));
                continue;
            }
            List<Mention> mentions = new ArrayList<>(e.mentions());
            for (Mention m : more) {
                if (mentions.stream().noneMatch(x -> x.start() == m.start())) {
                    mentions.add(m);
                }
            }
            mentions.sort(Comparator.comparingInt(Mention::start));
            withRoles.add(new Entity(e.id(), name, e.type(), mentions));
        }
        return new Linked(withRoles, linked);
    }

    /** A role's holder: the person entity and the name as the apposition writes it. */
    private record Holder(Entity entity, String writtenName) {
    }

    /**
     * The one person the texts name right after the description's head, whatever article or
     * preposition precedes it ("du Premier ministre Andrej Babiš"), or null when none or several.
     */
    private static Holder holder(String head, List<Entity> entities, String body, List<String> captions) {
        Pattern apposition = Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(head).replace(" ", "\\E\\s+\\Q")
                + "\\s+(?-i)" + NAME);
        Entity found = null;
        String written = null;
        List<String> texts = new ArrayList<>(captions);
        texts.add(0, body);
        for (String text : texts) {
            Matcher m = apposition.matcher(text);
            while (m.find()) {
                Entity person = person(m.group(1), entities);
                if (person == null) {
                    continue;
                }
                if (found != null && found != person) {
                    return null; // two holders of the role: which one speaks is not for us to guess
                }
                found = person;
                if (written == null || m.group(1).length() > written.length()) {
                    written = m.group(1);
                }
            }
        }
        return found == null ? null : new Holder(found, written);
    }

    /** The person entity a written name is: same name, or the same surname as a name of one word or more. */
    private static Entity person(String name, List<Entity> entities) {
        String key = fold(name);
        String surname = key.substring(key.lastIndexOf(' ') + 1);
        Entity match = null;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            String other = fold(e.name());
            if (other.equals(key) || other.substring(other.lastIndexOf(' ') + 1).equals(surname)) {
                if (match != null && match != e) {
                    return null;
                }
                match = e;
            }
        }
        return match;
    }

    private static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}
