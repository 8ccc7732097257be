package org.veille.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.veille.language.LanguageCodes;
import org.veille.model.EntityType;
import org.veille.model.QuoteKind;
import org.veille.store.ArticleStore;
import org.veille.store.Query;
import org.veille.store.RecordType;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The index folder and the filters {@code search} and {@code top} share, turned into a store {@link Query}. */
final class StoreOptions {

    /** Record types as written on the command line. */
    enum Kind { article, quote, entity }

    enum QuoteKindOption { direct, mixed, indirect }

    enum EntityTypeOption { person, organization, location, misc }

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", description = "the index folder (default: ${DEFAULT-VALUE})", defaultValue = "veille-data")
    Path index;

    @Option(names = "--speaker", paramLabel = "NAME", description = "quotations by this person (exact name; case and accents ignored)")
    String speaker;

    @Option(names = {"--entity", "--about"}, paramLabel = "NAME", description = "only articles naming this entity, and their quotations and entities")
    String about;

    @Option(names = "--entity-type", paramLabel = "TYPE", description = "entities of this type: person, organization, location or misc")
    EntityTypeOption entityType;

    @Option(names = "--lang", paramLabel = "CODE", description = "language (ISO 639-1, e.g. fr; und for undetermined)")
    String language;

    @Option(names = "--from", paramLabel = "DATE", description = "published on or after this day (YYYY-MM-DD)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "published on or before this day (YYYY-MM-DD)")
    LocalDate to;

    @Option(names = "--kind", paramLabel = "TYPE", description = "quote, article or entity documents only")
    Kind kind;

    @Option(names = "--quote-kind", paramLabel = "KIND", description = "direct, mixed or indirect quotations only")
    QuoteKindOption quoteKind;

    @Option(names = "--outlet", paramLabel = "HOST", description = "published by this host (e.g. lemonde.fr)")
    String outlet;

    @Option(names = "--include-copies", description = "also find duplicates of stored articles")
    boolean includeCopies;

    /** The store query for {@code text} (null: none) under these filters; bad values are usage errors. */
    Query query(String text, int offset, int limit) {
        if (language != null && !LanguageCodes.isCode(language)) {
            throw new ParameterException(spec.commandLine(), "--lang must be a language code such as fr or en: " + language);
        }
        try {
            return Query.all().withText(text).type(kind == null ? null : RecordType.fromWireName(kind.name()))
                    .speaker(speaker).about(about)
                    .entityType(entityType == null ? null : EntityType.valueOf(entityType.name().toUpperCase(Locale.ROOT)))
                    .language(language).outlet(outlet).from(from).to(to)
                    .quoteKind(quoteKind == null ? null : QuoteKind.fromWireName(quoteKind.name()))
                    .includeCopies(includeCopies).page(offset, limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The index, open for reading; a folder holding none is a usage error. */
    ArticleStore open() throws java.io.IOException {
        try {
            return ArticleStore.open(index);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
