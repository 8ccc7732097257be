package org.veille.analyse.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.veille.analyse.nlp.AnnotatedText;
import org.veille.analyse.nlp.Sentence;
import org.veille.analyse.nlp.TextAnnotator;
import org.veille.analyse.nlp.Token;
import org.veille.analyse.quotes.SpeechVerbs;
import org.veille.eval.quotes.RoleAnnotatedText;
import org.veille.eval.quotes.RoleSpan;

/**
 * Turns a corpus of annotated attributions into a trained {@link SequenceModel}: each article is
 * annotated by the same {@link TextAnnotator} the analyse stage uses (so the words the model learns on
 * are the words it will tag), each word takes the role of the annotated piece covering its middle, and
 * the words the corpus uses as cues often enough become the model's cue words.
 */
public final class AttributionTraining {
    /** A word is a cue word when it is a cue at least this many times… */
    private static final int MIN_CUE_COUNT = 3;
    /** …and in at least this share of its uses. */
    private static final double MIN_CUE_SHARE = 0.08;

    /**
     * Settings of a training run.
     *
     * @param bits   log2 of each stage's feature table rows
     * @param epochs passes over the corpus per stage
     * @param seed   of the passes' order
     * @param stages how many stages: 1 reads words only, each further one also the previous one's tags
     * @param folds  how many parts the corpus is cut into to give a later stage the tags an earlier
     *               stage makes on articles it did not learn from (as it will in use)
     */
    public record Settings(int bits, int epochs, long seed, int stages, int folds) {
        public Settings {
            if (stages < 1 || stages > 8 || folds < 2) {
                throw new IllegalArgumentException("1 to 8 stages and at least 2 folds");
            }
        }

        public static Settings defaults() {
            return new Settings(20, 12, 1, 2, 4);
        }
    }

    private AttributionTraining() {
    }

    /** Annotated words with their gold tags, one list per article. */
    private record Tagged(AnnotatedText text, Map<Token, Integer> tags) {
    }

    public static AttributionModel train(List<RoleAnnotatedText> corpus, TextAnnotator annotator, String language,
                                      Settings settings, Consumer<String> progress) {
        List<Tagged> tagged = new ArrayList<>();
        int done = 0;
        for (RoleAnnotatedText article : corpus) {
            AnnotatedText text = annotator.annotate(article.text(), language);
            tagged.add(new Tagged(text, tags(text, article.spans())));
            if (++done % 100 == 0) {
                progress.accept("annotated " + done + " of " + corpus.size() + " articles");
            }
        }
        Set<String> cueWords = cueWords(tagged);
        progress.accept(cueWords.size() + " cue words learned");
        AttributionFeatures features = new AttributionFeatures(SpeechVerbs.forLanguage(language), cueWords);
        // One list of examples per article, so that folds cut between articles, not inside one.
        List<List<PerceptronTrainer.Example>> articles = new ArrayList<>();
        int paragraphs = 0;
        for (Tagged t : tagged) {
            List<PerceptronTrainer.Example> examples = new ArrayList<>();
            for (TokenSequence sequence : features.sequences(t.text())) {
                int[] gold = new int[sequence.size()];
                for (int i = 0; i < gold.length; i++) {
                    gold[i] = t.tags().getOrDefault(sequence.tokens().get(i), Role.OUTSIDE);
                }
                examples.add(new PerceptronTrainer.Example(sequence, gold));
            }
            articles.add(examples);
            paragraphs += examples.size();
        }
        progress.accept(paragraphs + " paragraphs to learn from");
        PerceptronTrainer trainer = new PerceptronTrainer(settings.bits(), settings.epochs(), settings.seed());
        List<SequenceModel> stages = new ArrayList<>();
        for (int stage = 0; stage < settings.stages(); stage++) {
            String name = "stage " + (stage + 1);
            List<List<PerceptronTrainer.Example>> inputs = articles;
            if (stage > 0) {
                inputs = stackedByFolds(articles, stages, trainer, settings.folds(), name, progress);
            }
            stages.add(trainer.train(flatten(inputs), epochProgress(name, progress)));
        }
        return new AttributionModel(language, cueWords, stages);
    }

    /**
     * The examples as a later stage sees them: each article's features with the tags the stages so far
     * give it when trained on the other folds only. Stages trained on the whole corpus would tag their
     * own training articles almost perfectly, and the later stage would learn to trust tags too much.
     */
    private static List<List<PerceptronTrainer.Example>> stackedByFolds(List<List<PerceptronTrainer.Example>> articles,
                                                                        List<SequenceModel> fullStages, PerceptronTrainer trainer,
                                                                        int folds, String name, Consumer<String> progress) {
        List<List<PerceptronTrainer.Example>> stacked = new ArrayList<>(java.util.Collections.nCopies(articles.size(), null));
        for (int fold = 0; fold < folds; fold++) {
            List<List<PerceptronTrainer.Example>> rest = new ArrayList<>();
            for (int a = 0; a < articles.size(); a++) {
                if (a % folds != fold) {
                    rest.add(articles.get(a));
                }
            }
            // The earlier stages again, learned on the other folds alone.
            List<SequenceModel> partial = new ArrayList<>();
            for (int k = 0; k < fullStages.size(); k++) {
                List<List<PerceptronTrainer.Example>> input = k == 0 ? rest : stackWith(rest, partial);
                partial.add(trainer.train(flatten(input), e -> { }));
            }
            for (int a = fold; a < articles.size(); a += folds) {
                stacked.set(a, stackWith(List.of(articles.get(a)), partial).get(0));
            }
            progress.accept(name + ": fold " + (fold + 1) + " of " + folds + " tagged");
        }
        return stacked;
    }

    /** Each example's features extended with the tags the given stages make of it. */
    private static List<List<PerceptronTrainer.Example>> stackWith(List<List<PerceptronTrainer.Example>> articles,
                                                                   List<SequenceModel> stages) {
        List<List<PerceptronTrainer.Example>> out = new ArrayList<>();
        for (List<PerceptronTrainer.Example> article : articles) {
            List<PerceptronTrainer.Example> examples = new ArrayList<>();
            for (PerceptronTrainer.Example e : article) {
                int[] tags = AttributionTagger.tags(stages, e.sequence());
                examples.add(new PerceptronTrainer.Example(AttributionFeatures.stacked(e.sequence(), tags), e.tags()));
            }
            out.add(examples);
        }
        return out;
    }

    private static List<PerceptronTrainer.Example> flatten(List<List<PerceptronTrainer.Example>> articles) {
        return articles.stream().flatMap(List::stream).toList();
    }

    private static Consumer<PerceptronTrainer.Epoch> epochProgress(String name, Consumer<String> progress) {
        return e -> progress.accept(String.format(Locale.ROOT, "%s, epoch %d: %.4f of words tagged right", name, e.number(),
                e.wordAccuracy()));
    }

    /**
     * The gold tag of each word: the role of the piece that covers the word's middle; the first word of
     * a piece, or a word whose piece differs from the previous word's, begins a span.
     */
    static Map<Token, Integer> tags(AnnotatedText text, List<RoleSpan> spans) {
        Map<Token, Integer> tags = new HashMap<>();
        RoleSpan previous = null;
        for (Sentence sentence : text.sentences()) {
            for (Token t : sentence.tokens()) {
                int mid = (t.start() + t.end()) / 2;
                RoleSpan covering = null;
                for (RoleSpan s : spans) {
                    if (s.start() <= mid && mid < s.end() && Role.named(s.role()) != null) {
                        covering = s;
                        break;
                    }
                }
                if (covering == null) {
                    previous = null;
                    continue;
                }
                Role role = Role.named(covering.role());
                boolean continues = previous != null && previous.relation() == covering.relation()
                        && previous.role().equals(covering.role());
                tags.put(t, continues ? role.inside() : role.begin());
                previous = covering;
            }
        }
        return tags;
    }

    private static Set<String> cueWords(List<Tagged> tagged) {
        Map<String, int[]> counts = new HashMap<>(); // word → {as cue, in all}
        for (Tagged t : tagged) {
            for (Sentence sentence : t.text().sentences()) {
                for (Token token : sentence.tokens()) {
                    String w = t.text().surface(token).toLowerCase(Locale.ROOT);
                    int[] c = counts.computeIfAbsent(w, k -> new int[2]);
                    c[1]++;
                    Integer tag = t.tags().get(token);
                    if (tag != null && Role.of(tag) == Role.CUE) {
                        c[0]++;
                    }
                }
            }
        }
        Set<String> words = new TreeSet<>();
        counts.forEach((w, c) -> {
            if (c[0] >= MIN_CUE_COUNT && c[0] >= MIN_CUE_SHARE * c[1] && w.length() > 1 && w.chars().allMatch(Character::isLetter)) {
                words.add(w);
            }
        });
        return words;
    }
}
