package org.veille.store;

import org.veille.model.ArticleRecord;
import org.veille.model.EntityType;
import org.veille.model.QuoteKind;

/** A small news corpus written for these tests: the same story seen by a French and an English outlet, and more. */
final class Corpus {
    private Corpus() {
    }

    /** French, 2023-02-21: the army calls up reservists; Pavel Slunkin quoted directly and indirectly. */
    static ArticleRecord frenchMobilisation() {
        return Articles.article("fr0000000000mob1")
                .url("https://www.journal.example/monde/2023/02/21/mobilisation?utm_source=twitter#haut")
                .language("fr").published("2023-02-21T09:30:00+01:00")
                .title("Le Bélarus se prépare-t-il à la mobilisation ?")
                .body("L'armée bélarusse a rappelé des réservistes cette semaine, a indiqué mardi le ministère de la Défense à Minsk.",
                        "« La mobilisation partielle n'est pas exclue », a déclaré Pavel Slunkin, analyste au Conseil européen.",
                        "Selon lui, le Bélarus cherche surtout à montrer sa loyauté envers Moscou.")
                .entity("e1", "Bélarus", EntityType.LOCATION)
                .entity("e2", "Minsk", EntityType.LOCATION)
                .entity("e3", "Pavel Slunkin", EntityType.PERSON)
                .entity("e4", "Moscou", EntityType.LOCATION)
                .quote("La mobilisation partielle n'est pas exclue", QuoteKind.DIRECT, "Pavel Slunkin", "e3")
                .quote("le Bélarus cherche surtout à montrer sa loyauté envers Moscou", QuoteKind.INDIRECT, "Pavel Slunkin", "e3")
                .build();
    }

    /** English, 2023-02-22: Belarus denies; the minister quoted, Slunkin reported. */
    static ArticleRecord englishDenial() {
        return Articles.article("en0000000000den1")
                .url("https://gazette.example/world/belarus-denies/")
                .language("en").published("2023-02-22")
                .title("Belarus denies plans to join the offensive")
                .body("Belarus has no plans to join the offensive, officials said on Tuesday in Minsk.",
                        "\"Our armies are defensive and our soldiers stay home,\" said Viktor Khrenin, the defence minister.",
                        "Pavel Slunkin said that the denials should be read with caution.")
                .entity("e1", "Belarus", EntityType.LOCATION)
                .entity("e2", "Minsk", EntityType.LOCATION)
                .entity("e3", "Viktor Khrenin", EntityType.PERSON)
                .entity("e4", "Pavel Slunkin", EntityType.PERSON)
                .quote("Our armies are defensive and our soldiers stay home,", QuoteKind.DIRECT, "Viktor Khrenin", "e3")
                .quote("the denials should be read with caution", QuoteKind.INDIRECT, "Pavel Slunkin", "e4")
                .build();
    }

    /** French, 2023-03-02, another outlet: a quote by an unnamed source, one by the minister. */
    static ArticleRecord frenchExercises() {
        return Articles.article("fr0000000000exe1")
                .url("https://quotidien.example/articles/exercices-militaires")
                .language("fr").published("2023-03-02")
                .title("Exercices militaires près de la frontière")
                .body("Des exercices militaires ont commencé jeudi près de la frontière, selon le ministère.",
                        "« Nous sommes prêts », a affirmé Viktor Khrenin lors d'une visite aux troupes.",
                        "« Rien n'indique une attaque », a confié un diplomate en poste à Minsk.")
                .entity("e1", "Viktor Khrenin", EntityType.PERSON)
                .entity("e2", "Minsk", EntityType.LOCATION)
                .quote("Nous sommes prêts", QuoteKind.DIRECT, "Viktor Khrenin", "e1")
                .quote("Rien n'indique une attaque", QuoteKind.DIRECT, "un diplomate", null)
                .build();
    }

    /** German, language undetermined by the pipeline, no URL: a file known by its id only. */
    static ArticleRecord undeterminedBridge() {
        return Articles.article("de0000000000bru1").uri("pages/brucke.txt")
                .title("Neue Brücke eröffnet")
                .body("Die neue Brücke über den Fluss wurde am Montag feierlich eröffnet.")
                .build();
    }
}
