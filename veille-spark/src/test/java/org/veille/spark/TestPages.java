package org.veille.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** News pages the tests write: small, but with enough prose for extraction and language detection. */
final class TestPages {

    private TestPages() {
    }

    /** A French story with a direct quotation attributed by name. */
    static String french(int n) {
        return page("fr", "Le conseil municipal adopte le budget " + n, "Jeanne Martin", "2023-02-2" + (n % 9),
                "Le conseil municipal de Lyon a adopté mardi soir le budget de l'année, après un débat de plus de quatre heures "
                        + "entre la majorité et l'opposition sur le financement des transports publics.",
                "« Nous avons fait le choix de protéger les services publics sans augmenter les impôts », a déclaré "
                        + "Grégory Doucet, le maire de la ville, devant les élus réunis à l'hôtel de ville.",
                "L'opposition a dénoncé un budget trop optimiste et a annoncé qu'elle voterait contre la délibération, "
                        + "estimant que les recettes attendues ne seraient pas au rendez-vous cette année (numéro " + n + ").");
    }

    /** An English story. */
    static String english(int n) {
        return page("en", "City council approves new library plan " + n, "John Smith", "2023-03-1" + (n % 9),
                "The city council voted on Tuesday evening to approve the construction of a new public library in the "
                        + "northern district, after a long debate about the cost of the project and its location.",
                "\u201cThis library will serve thousands of families who have waited far too long,\u201d said Mary Jones, "
                        + "the council member who led the project, speaking to reporters after the vote.",
                "Opponents argued that the money should have gone to repairing roads and schools first, and said they would "
                        + "keep asking questions about the budget in the coming months (story number " + n + ").");
    }

    private static String page(String lang, String title, String author, String date, String... paragraphs) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append(" - Le Journal</title><meta property=\"article:published_time\" content=\"")
                .append(date).append("\"></head><body><nav><a href=\"/\">Accueil</a> <a href=\"/monde\">Monde</a></nav>")
                .append("<article><h1>").append(title).append("</h1><p class=\"byline\">Par ").append(author).append("</p>");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        html.append("</article><footer>© Le Journal</footer></body></html>");
        return html.toString();
    }

    static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    static Path writeGzipped(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
