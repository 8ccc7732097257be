package org.veille.output;

import java.util.List;
import java.util.Locale;

import org.veille.model.Analysis;
import org.veille.model.ArticleRecord;
import org.veille.model.DateMention;
import org.veille.model.Entity;
import org.veille.model.Extraction;
import org.veille.model.ForeignFragment;
import org.veille.model.LanguageProfile;
import org.veille.model.ParagraphLanguage;
import org.veille.model.Quote;
import org.veille.model.QuoteKind;
import org.veille.model.Source;
import org.veille.model.Warning;

/**
 * A human-readable rendering of a record for the terminal ({@code --format text}): metadata on top,
 * the body wrapped to a readable width, then captions, foreign fragments and warnings. Not a contract:
 * scripts should read the JSON Lines output.
 */
public final class TextSummary {
    private final int width;

    public TextSummary(int width) {
        if (width < 20) {
            throw new IllegalArgumentException("width must be at least 20 columns: " + width);
        }
        this.width = width;
    }

    public TextSummary() {
        this(100);
    }

    public String render(ArticleRecord record) {
        StringBuilder out = new StringBuilder();
        Source source = record.source();
        if (record.isError()) {
            out.append("!! ").append(source.uri()).append('\n');
            out.append("   error (").append(record.error().kind().wireName()).append("): ")
                    .append(record.error().message()).append('\n');
            appendWarnings(record.warnings(), out);
            return out.toString();
        }
        Extraction article = record.extraction();
        LanguageProfile language = record.language();
        String title = article.title() == null ? "(no title)" : article.title();
        out.append("== ").append(title).append('\n');
        out.append("source    ").append(source.uri()).append(" (").append(source.format().wireName());
        if (source.charset() != null) {
            out.append(", ").append(source.charset());
        }
        out.append(", ").append(source.bytes()).append(" bytes) id ").append(record.id()).append('\n');
        line(out, "type", article.pageType().wireName());
        line(out, "language", language == null ? null : language.language());
        line(out, "section", article.section());
        line(out, "authors", article.authors().isEmpty() ? null : String.join(", ", article.authors()));
        line(out, "published", article.published());
        line(out, "site", article.site());
        line(out, "url", article.url());
        out.append('\n');
        List<String> paragraphs = article.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            String marker = paragraphMarker(language, i);
            wrap(marker + paragraphs.get(i), "    ", out);
            out.append('\n');
        }
        if (!article.captions().isEmpty()) {
            out.append("captions\n");
            for (String caption : article.captions()) {
                wrap("- " + caption, "      ", out);
            }
            out.append('\n');
        }
        if (language != null && !language.foreignFragments().isEmpty()) {
            out.append("foreign fragments\n");
            for (ForeignFragment fragment : language.foreignFragments()) {
                out.append("    - ").append(fragment.text()).append(" (").append(fragment.language()).append(", ")
                        .append(fragment.start()).append('-').append(fragment.end()).append(")\n");
            }
            out.append('\n');
        }
        if (record.analysis() != null) {
            appendAnalysis(record.analysis(), out);
        }
        appendWarnings(record.warnings(), out);
        return out.toString();
    }

    /**
     * Quotations as "Speaker: « text »" (kind, cue), the entities with how often they are named, then the
     * dates as "mardi 21 février = 2023-02-21 (article-date)".
     */
    private void appendAnalysis(Analysis analysis, StringBuilder out) {
        if (!analysis.quotes().isEmpty()) {
            out.append("quotes\n");
            for (Quote q : analysis.quotes()) {
                String speaker = q.speaker() == null ? "(unknown speaker)" : q.speaker();
                String quoted = q.kind() == QuoteKind.INDIRECT ? q.text() : "« " + q.text() + " »";
                String how = q.kind().wireName() + (q.cue() == null ? "" : ", " + q.cue())
                        + (q.inTitle() ? ", headline" : "");
                wrap("- " + speaker + ": " + quoted + " (" + how + ")", "      ", out);
            }
            out.append('\n');
        }
        if (!analysis.entities().isEmpty()) {
            out.append("entities\n");
            for (Entity e : analysis.entities()) {
                out.append("    - ").append(e.name()).append(" (").append(e.type().name().toLowerCase(java.util.Locale.ROOT))
                        .append(", ").append(e.mentions().size()).append(e.mentions().size() == 1 ? " mention" : " mentions")
                        .append(")\n");
            }
            out.append('\n');
        }
        if (!analysis.dates().isEmpty()) {
            out.append("dates\n");
            for (DateMention d : analysis.dates()) {
                out.append("    - ").append(d.text()).append(" = ").append(d.value() == null ? "?" : d.value())
                        .append(" (").append(d.resolution().wireName()).append(")\n");
            }
            out.append('\n');
        }
    }

    private static String paragraphMarker(LanguageProfile language, int index) {
        if (language != null) {
            for (ParagraphLanguage paragraph : language.paragraphs()) {
                if (paragraph.paragraph() == index) {
                    return "[" + paragraph.language() + "] ";
                }
            }
        }
        return "";
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, "%-10s%s%n", label, value == null ? "-" : value));
    }

    private static void appendWarnings(List<Warning> warnings, StringBuilder out) {
        for (Warning warning : warnings) {
            out.append("warning   ").append(warning.stage()).append('/').append(warning.code()).append(": ")
                    .append(warning.message()).append('\n');
        }
    }

    /** Greedy word wrap; words longer than the width stay whole. */
    private void wrap(String text, String indent, StringBuilder out) {
        int column = 0;
        out.append(indent);
        column += indent.length();
        for (String word : text.split(" ")) {
            if (column > indent.length() && column + 1 + word.length() > width) {
                out.append('\n').append(indent);
                column = indent.length();
            } else if (column > indent.length()) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        out.append('\n');
    }
}
