package org.veille.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.veille.analyse.entities.FoundMention;
import org.veille.analyse.entities.MentionFinder;
import org.veille.analyse.nlp.CoreNlpAnnotator;
import org.veille.eval.PrfScore;
import org.veille.eval.clusters.FrNewsEntitySet;
import org.veille.eval.ner.ConllReader;
import org.veille.eval.ner.EntitySpan;
import org.veille.eval.ner.SpanScores;
import org.veille.eval.ner.TaggedSentence;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veille eval entities SET}: Veille's entity mentions (the CoreNLP tagger with Veille's
 * corrections, as {@code analyze} finds them) scored against a CoNLL-style gold set with conlleval's
 * exact-span micro F1 per type. Each gold sentence is given to Veille as running text (tokens joined by
 * spaces), and each mention is mapped back to the gold tokens it covers.
 *
 * <p>A French news quotation set (a folder with {@code gold.jsonl}, e.g. {@code quotes/fr-news-dev})
 * scores entity <em>clustering</em> instead ({@link EvalEntityClusters}): whether the mentions of each
 * person or organisation an article quotes make one entity named with its canonical name. For each
 * quoted entity the article names with a proper name: <b>found</b> (some entity has a mention of it),
 * <b>split</b> (its mentions are in two entities or more), <b>name</b> (its entity is named as the gold
 * names it); for Veille's entities, <b>merged</b> (holds mentions of two gold entities or more); and
 * B-cubed P/R/F1 over the mentions tied to a gold entity. Mentions are tied by name, folded: the gold
 * name or an alias, a person's surname or first name, or the name with extra words
 * ({@code org.veille.eval.clusters}).
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Scores entity mentions (PER, ORG, LOC, MISC) with conlleval's exact-span F1.",
                "SET: a .conllu file or a folder holding test.conllu",
                "  (e.g. ../shared/eval/ner/conll2003-en).",
                "On a folder holding gold.jsonl (../shared/eval/quotes/fr-news-dev), scores",
                "entity clustering instead, over the persons and organisations each article",
                "quotes that it names with a proper name:",
                "  found:  share of them that some entity has a mention of;",
                "  split:  share of those found whose mentions are in 2+ entities;",
                "  merged: share of the entities holding a gold mention that hold 2+ gold",
                "          entities' mentions;",
                "  name:   share of those found whose entity bears the gold's canonical",
                "          name (case, leading article and title ignored);",
                "  B-cubed P/R/F1 over the mentions tied to a gold entity.",
                "A mention is tied to a gold entity by its name: the gold name or an alias,",
                "a person's surname or first name, the name ending a description",
                "(\"la revue X\"), or the name with words run in (\"Santé Roman Prymula\")."})
final class EvalEntities implements Callable<Integer> {
    @Parameters(paramLabel = "SET", description = "a CoNLL-style file, a folder with test.conllu, or one with gold.jsonl")
    Path set;

    @Option(names = "--language", description = "fr or en (default: from the set's name; fr for a gold.jsonl set)")
    String language;

    @Option(names = "--limit", description = "score only the first N sentences (articles for a gold.jsonl set)")
    Integer limit;

    @Spec
    CommandSpec spec;

    @Option(names = "--findings", defaultValue = "0",
            description = "gold.jsonl sets: list the first N split, merged, misnamed and missed entities (N of each)")
    int findings;

    @Override
    public Integer call() {
        Limits.check(limit, spec);
        if (Files.isDirectory(set) && FrNewsEntitySet.recognises(set)) {
            return new EvalEntityClusters(set, language, limit, findings).run(Console.out());
        }
        Path file = Files.isDirectory(set) ? set.resolve("test.conllu") : set;
        String lang = language != null ? language : set.toString().contains("-fr") || set.toString().contains("_fr") ? "fr" : "en";
        List<TaggedSentence> sentences = ConllReader.read(file);
        sentences = Limits.first(sentences, limit);
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        MentionFinder finder = new MentionFinder();
        SpanScores scores = new SpanScores();
        long start = System.nanoTime();
        for (TaggedSentence sentence : sentences) {
            String text = sentence.text();
            List<EntitySpan> predicted = new ArrayList<>();
            for (FoundMention m : finder.find(annotator.annotate(text, lang))) {
                EntitySpan span = toTokens(sentence, m);
                if (span != null) {
                    predicted.add(span);
                }
            }
            scores.add(sentence.entities(), predicted);
        }
        PrintWriter out = Console.out();
        out.printf(Locale.ROOT, "Entity set %s (%s): %d sentences, %d gold entities%n%n", file, lang, sentences.size(),
                scores.gold(null));
        out.printf(Locale.ROOT, "%-6s %7s %7s %7s %7s%n", "type", "gold", "P", "R", "F1");
        for (String type : scores.types()) {
            PrfScore s = scores.score(type);
            out.printf(Locale.ROOT, "%-6s %7d %7.3f %7.3f %7.3f%n", type, scores.gold(type), s.precision(), s.recall(), s.f1());
        }
        PrfScore all = scores.score(null);
        out.printf(Locale.ROOT, "%-6s %7d %7.3f %7.3f %7.3f%n", "all", scores.gold(null), all.precision(), all.recall(), all.f1());
        out.println();
        out.println("Published (README): CoNLL-03 English 0.93 (best taggers); French Wikipedia NER 0.89-0.92.");
        out.printf(Locale.ROOT, "(%.1f s)%n", (System.nanoTime() - start) / 1e9);
        return VeilleCommand.OK;
    }

    /** The gold tokens a mention covers, with the CoNLL type name; null when it covers none. */
    private static EntitySpan toTokens(TaggedSentence sentence, FoundMention mention) {
        int offset = 0;
        int first = -1;
        int last = -1;
        List<String> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int end = offset + tokens.get(i).length();
            if (end > mention.start() && offset < mention.end()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
            offset = end + 1;
        }
        if (first < 0) {
            return null;
        }
        String type = switch (mention.type()) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
            case MISC -> "MISC";
        };
        return new EntitySpan(type, first, last + 1);
    }
}
