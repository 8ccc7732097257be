package org.veille.store;

import java.util.ArrayList;
import java.util.List;

import org.veille.model.Analysis;
import org.veille.model.ArticleError;
import org.veille.model.ArticleRecord;
import org.veille.model.Entity;
import org.veille.model.EntityType;
import org.veille.model.ErrorKind;
import org.veille.model.Extraction;
import org.veille.model.LanguageProfile;
import org.veille.model.Mention;
import org.veille.model.PageType;
import org.veille.model.Quote;
import org.veille.model.QuoteKind;
import org.veille.model.Source;
import org.veille.model.SourceFormat;

/**
 * Analysed article records written for the tests, built the way the pipeline would: mentions and
 * quotations located in the text by searching for them (fixtures keep to the Basic Multilingual Plane,
 * where char and code point offsets agree).
 */
final class Articles {
    private Articles() {
    }

    static Builder article(String id) {
        return new Builder(id);
    }

    static ArticleRecord error(String id, String uri) {
        return ArticleRecord.failed(id, new Source(uri, null, null, -1), new ArticleError(ErrorKind.UNREADABLE, "no such file"), List.of());
    }

    static final class Builder {
        private final String id;
        private String uri;
        private String url;
        private String language;
        private String title;
        private String published;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<String[]> entities = new ArrayList<>();
        private final List<Object[]> quotes = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
            this.uri = id + ".html";
        }

        Builder uri(String sourceUri) {
            this.uri = sourceUri;
            return this;
        }

        Builder url(String canonical) {
            this.url = canonical;
            return this;
        }

        Builder language(String code) {
            this.language = code;
            return this;
        }

        Builder title(String headline) {
            this.title = headline;
            return this;
        }

        Builder published(String date) {
            this.published = date;
            return this;
        }

        Builder body(String... blocks) {
            paragraphs.addAll(List.of(blocks));
            return this;
        }

        /** An entity named exactly {@code name} in the body, every occurrence a mention. */
        Builder entity(String entityId, String name, EntityType type) {
            entities.add(new String[] {entityId, name, type.name()});
            return this;
        }

        /** A quotation found in the body (or, failing that, the title), attributed to an entity or to a bare speaker. */
        Builder quote(String text, QuoteKind kind, String speaker, String speakerEntity) {
            quotes.add(new Object[] {text, kind, speaker, speakerEntity});
            return this;
        }

        ArticleRecord build() {
            Extraction extraction = new Extraction(url, null, PageType.ARTICLE, title, null, List.of(), published,
                    paragraphs, List.of(), "test");
            String text = extraction.text();
            List<Entity> entityList = new ArrayList<>();
            for (String[] e : entities) {
                List<Mention> mentions = new ArrayList<>();
                for (int at = text.indexOf(e[1]); at >= 0; at = text.indexOf(e[1], at + 1)) {
                    mentions.add(new Mention(e[1], at, at + e[1].length()));
                }
                entityList.add(new Entity(e[0], e[1], EntityType.valueOf(e[2]), mentions));
            }
            List<Quote> quoteList = new ArrayList<>();
            for (Object[] q : quotes) {
                String quoted = (String) q[0];
                int at = text.indexOf(quoted);
                boolean inTitle = at < 0;
                if (inTitle) {
                    at = title.indexOf(quoted);
                    if (at < 0) {
                        throw new IllegalArgumentException("quote not in the text or title: " + quoted);
                    }
                }
                quoteList.add(new Quote(quoted, (QuoteKind) q[1], (String) q[2], (String) q[3], null, "said",
                        at, at + quoted.length(), inTitle, 0.9));
            }
            return new ArticleRecord(id, new Source(uri, SourceFormat.HTML, "utf-8", text.length()), extraction,
                    new LanguageProfile(language, List.of(), List.of()), new Analysis(entityList, quoteList, List.of()),
                    List.of(), null);
        }
    }
}
