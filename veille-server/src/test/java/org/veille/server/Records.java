package org.veille.server;

import java.util.ArrayList;
import java.util.List;

import org.veille.model.Analysis;
import org.veille.model.ArticleRecord;
import org.veille.model.Entity;
import org.veille.model.EntityType;
import org.veille.model.Extraction;
import org.veille.model.LanguageProfile;
import org.veille.model.Mention;
import org.veille.model.PageType;
import org.veille.model.Quote;
import org.veille.model.QuoteKind;
import org.veille.model.Source;
import org.veille.model.SourceFormat;
import org.veille.store.StoreWriter;

/**
 * A small analysed corpus written for the server's tests, built as the pipeline would build it: mentions and
 * quotations located in the text by searching for them, their offsets counted in code points as records count them.
 */
final class Records {
    private Records() {
    }

    /** Stores the three articles below. */
    static void storeCorpus(StoreWriter writer) {
        writer.add(frenchMobilisation());
        writer.add(englishDenial());
        writer.add(frenchExercises());
    }

    /** French, 2023-02-21, journal.example: Pavel Slunkin quoted directly and indirectly about the Bélarus. */
    static ArticleRecord frenchMobilisation() {
        return new Builder("fr0000000000mob1", "https://www.journal.example/monde/mobilisation", "fr", "2023-02-21T09:30:00+01:00",
                "Le Bélarus se prépare-t-il à la mobilisation ?",
                "L'armée bélarusse a rappelé des réservistes cette semaine, a indiqué le ministère de la Défense à Minsk.",
                "« La mobilisation partielle n'est pas exclue », a déclaré Pavel Slunkin, analyste au Conseil européen.",
                "Selon lui, le Bélarus cherche surtout à montrer sa loyauté envers Moscou.")
                .entity("e1", "Bélarus", EntityType.LOCATION).entity("e2", "Minsk", EntityType.LOCATION)
                .entity("e3", "Pavel Slunkin", EntityType.PERSON).entity("e4", "Moscou", EntityType.LOCATION)
                .quote("La mobilisation partielle n'est pas exclue", QuoteKind.DIRECT, "Pavel Slunkin", "e3")
                .quote("le Bélarus cherche surtout à montrer sa loyauté envers Moscou", QuoteKind.INDIRECT, "Pavel Slunkin", "e3")
                .build();
    }

    /** English, 2023-02-22, gazette.example: the minister quoted; Slunkin reported; Belarus named. */
    static ArticleRecord englishDenial() {
        return new Builder("en0000000000den1", "https://gazette.example/world/belarus-denies", "en", "2023-02-22",
                "Belarus denies plans to join the offensive",
                "Belarus has no plans to join the offensive, officials said on Tuesday in Minsk.",
                "\"Our armies are defensive and our soldiers stay home,\" said Viktor Khrenin, the defence minister.",
                "Pavel Slunkin said that the denials should be read with caution.")
                .entity("e1", "Belarus", EntityType.LOCATION).entity("e2", "Minsk", EntityType.LOCATION)
                .entity("e3", "Viktor Khrenin", EntityType.PERSON).entity("e4", "Pavel Slunkin", EntityType.PERSON)
                .quote("Our armies are defensive and our soldiers stay home,", QuoteKind.DIRECT, "Viktor Khrenin", "e3")
                .quote("the denials should be read with caution", QuoteKind.INDIRECT, "Pavel Slunkin", "e4")
                .build();
    }

    /** French, 2023-03-02, quotidien.example: the minister quoted, and an unnamed diplomat who names Slunkin. */
    static ArticleRecord frenchExercises() {
        return new Builder("fr0000000000exe1", "https://quotidien.example/articles/exercices", "fr", "2023-03-02",
                "Exercices militaires près de la frontière",
                "Des exercices militaires ont commencé jeudi près de la frontière, selon le ministère.",
                "« Nous sommes prêts », a affirmé Viktor Khrenin lors d'une visite aux troupes à Minsk.",
                "« Pavel Slunkin exagère le danger », a confié un diplomate.")
                .entity("e1", "Viktor Khrenin", EntityType.PERSON).entity("e2", "Minsk", EntityType.LOCATION)
                .entity("e3", "Pavel Slunkin", EntityType.PERSON)
                .quote("Nous sommes prêts", QuoteKind.DIRECT, "Viktor Khrenin", "e1")
                .quote("Pavel Slunkin exagère le danger", QuoteKind.DIRECT, "un diplomate", null)
                .build();
    }

    /** English, 2023-03-05: a later story, stored while the server runs. */
    static ArticleRecord englishLater() {
        return new Builder("en0000000000lat1", "https://gazette.example/world/bridge", "en", "2023-03-05",
                "A bridge reopens in Minsk",
                "The bridge over the river reopened on Sunday after two years of repairs in Minsk.")
                .entity("e1", "Minsk", EntityType.LOCATION)
                .build();
    }

    static final class Builder {
        private final String id;
        private final Extraction extraction;
        private final String language;
        private final List<Entity> entities = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();

        Builder(String id, String url, String language, String published, String title, String... paragraphs) {
            this.id = id;
            this.language = language;
            this.extraction = new Extraction(url, null, PageType.ARTICLE, title, null, List.of(), published,
                    List.of(paragraphs), List.of(), "test");
        }

        Builder entity(String entityId, String name, EntityType type) {
            String text = extraction.text();
            List<Mention> mentions = new ArrayList<>();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                mentions.add(new Mention(name, codePoints(text, at), codePoints(text, at + name.length())));
            }
            entities.add(new Entity(entityId, name, type, mentions));
            return this;
        }

        Builder quote(String quoted, QuoteKind kind, String speaker, String speakerEntity) {
            int at = extraction.text().indexOf(quoted);
            if (at < 0) {
                throw new IllegalArgumentException("quote not in the text: " + quoted);
            }
            String text = extraction.text();
            quotes.add(new Quote(quoted, kind, speaker, speakerEntity, null, "a déclaré", codePoints(text, at),
                    codePoints(text, at + quoted.length()), false, 0.9));
            return this;
        }

        private static int codePoints(String text, int chars) {
            return text.codePointCount(0, chars);
        }

        ArticleRecord build() {
            return new ArticleRecord(id, new Source(id + ".html", SourceFormat.HTML, "utf-8", extraction.text().length()),
                    extraction, new LanguageProfile(language, List.of(), List.of()), new Analysis(entities, quotes, List.of()),
                    List.of(), null);
        }
    }
}
