package org.veille.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.util.BytesRef;
import org.veille.model.ArticleRecord;
import org.veille.model.Extraction;
import org.veille.output.ArticleJson;
import org.veille.store.text.TextAnalysis;

/**
 * The record as an article document stores it. Its body is already stored in the searchable text
 * field (title, blank line, paragraphs joined by blank lines); storing it a second time inside the
 * record's JSON would double the heaviest part of every article on disk and in the compressor. So
 * the JSON is stored without paragraphs and they are cut back out of the text on reading, which
 * gives the same paragraphs whenever joining them can be undone (checked at writing; otherwise the
 * whole record is stored, as before).
 */
final class StoredRecord {
    private StoredRecord() {
    }

    /** Whether the paragraphs can be cut back out of {@code body} (their join) exactly. */
    static boolean bodyRestorable(Extraction article, String body) {
        return split(body).equals(article.paragraphs());
    }

    static ArticleRecord withoutBody(ArticleRecord record) {
        Extraction e = record.extraction();
        Extraction bare = new Extraction(e.url(), e.site(), e.pageType(), e.title(), e.section(), e.authors(), e.published(),
                List.of(), e.captions(), e.method());
        return new ArticleRecord(record.id(), record.source(), bare, record.language(), record.analysis(), record.warnings(),
                record.error());
    }

    /** The record of an article document. */
    static ArticleRecord read(ArticleJson json, Document doc) {
        BytesRef utf8 = doc.getBinaryValue(Fields.RECORD);
        ArticleRecord record = json.read(utf8.bytes, utf8.offset, utf8.length);
        if (doc.get(Fields.BODY_IN_TEXT) == null) {
            return record;
        }
        String text = null;
        for (String field : TextAnalysis.FIELDS) {
            text = text != null ? text : doc.get(field);
        }
        Extraction e = record.extraction();
        String body = e.title() == null ? text : text.substring(e.title().length() + Extraction.PARAGRAPH_SEPARATOR.length());
        Extraction whole = new Extraction(e.url(), e.site(), e.pageType(), e.title(), e.section(), e.authors(), e.published(),
                split(body), e.captions(), e.method());
        return new ArticleRecord(record.id(), record.source(), whole, record.language(), record.analysis(), record.warnings(),
                record.error());
    }

    private static List<String> split(String body) {
        List<String> paragraphs = new ArrayList<>();
        if (body.isEmpty()) {
            return paragraphs;
        }
        int start = 0;
        for (int at = body.indexOf(Extraction.PARAGRAPH_SEPARATOR); at >= 0; at = body.indexOf(Extraction.PARAGRAPH_SEPARATOR, start)) {
            paragraphs.add(body.substring(start, at));
            start = at + Extraction.PARAGRAPH_SEPARATOR.length();
        }
        paragraphs.add(body.substring(start));
        return paragraphs;
    }
}
