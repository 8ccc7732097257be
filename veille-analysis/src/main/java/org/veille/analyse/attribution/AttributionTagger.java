package org.veille.analyse.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.veille.analyse.nlp.AnnotatedText;
import org.veille.analyse.quotes.SpeechVerbs;

/**
 * Finds attributions with a learned {@link SequenceModel}: every word of a paragraph is tagged source,
 * cue, content or outside, and the tagged spans are put together into attributions.
 *
 * <p>How spans become attributions, within a paragraph: each content goes to the nearest cue, a cue in
 * another sentence counting as much further away; contents that share a cue are one attribution (a
 * content the cue interrupts, "These were not omissions, Brafman noted; the government…"); pieces of
 * a source a few words apart in one sentence are one source; each source goes to the cue nearest it
 * (the corpus gives a source to one attribution only), and a cue takes the nearest source that chose
 * it, else the nearest in its own sentence. A content with no cue in its paragraph is kept without
 * one: it is usually a quotation carrying on from an earlier paragraph.
 */
public final class AttributionTagger {
    /** What crossing a sentence boundary adds to the distance between a content or source and a cue, in words. */
    private static final int SENTENCE_PENALTY = 25;

    private final AttributionModel model;
    private final AttributionFeatures features;

    public AttributionTagger(AttributionModel model) {
        this.model = model;
        this.features = new AttributionFeatures(SpeechVerbs.forLanguage(model.language()), model.cueWords());
    }

    /** Reads a model file {@code veille train attribution} wrote. */
    public static AttributionTagger load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new AttributionTagger(AttributionModel.read(in));
        }
    }

    public String language() {
        return model.language();
    }

    /**
     * The attributions of a text, in the order of their contents.
     *
     * @throws IllegalArgumentException when the text's words have no parts of speech, which the model
     *                                  was trained with
     */
    public List<TaggedAttribution> attributions(AnnotatedText text) {
        if (!text.language().equals(model.language())) {
            throw new IllegalArgumentException("a " + model.language() + " attribution model cannot tag " + text.language());
        }
        boolean untagged = text.sentences().stream().flatMap(s -> s.tokens().stream()).findFirst()
                .map(t -> t.tag() == null).orElse(false);
        if (untagged) {
            throw new IllegalArgumentException("the attribution model reads parts of speech, and the text has none "
                    + "(annotate with new CoreNlpAnnotator(true))");
        }
        List<TaggedAttribution> found = new ArrayList<>();
        for (TokenSequence sequence : features.sequences(text)) {
            found.addAll(assemble(sequence, tags(model.stages(), sequence)));
        }
        return found;
    }

    /** The last stage's tags: each stage after the first reads the tags of the one before. */
    static int[] tags(List<SequenceModel> stages, TokenSequence sequence) {
        int[] tags = stages.get(0).tag(sequence.features());
        for (int k = 1; k < stages.size(); k++) {
            tags = stages.get(k).tag(AttributionFeatures.stacked(sequence, tags).features());
        }
        return tags;
    }

    /** A run of words with the same role: [first, last] word indexes. */
    private record Run(Role role, int first, int last) {
    }

    static List<TaggedAttribution> assemble(TokenSequence sequence, int[] tags) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < tags.length; i++) {
            Role role = Role.of(tags[i]);
            if (role == null) {
                continue;
            }
            if (!Role.isBegin(tags[i]) && !runs.isEmpty() && runs.get(runs.size() - 1).role() == role
                    && runs.get(runs.size() - 1).last() == i - 1) {
                Run last = runs.remove(runs.size() - 1);
                runs.add(new Run(role, last.first(), i));
            } else {
                runs.add(new Run(role, i, i));
            }
        }
        // Pieces of one source the tagger broke at a comma or bracket ("Rep. G.K. Butterfield (D-N.C.), head
        // of…") are one source.
        for (int r = runs.size() - 1; r > 0; r--) {
            Run a = runs.get(r - 1);
            Run b = runs.get(r);
            if (a.role() == Role.SOURCE && b.role() == Role.SOURCE && b.first() - a.last() <= 3
                    && sequence.sentences()[a.first()] == sequence.sentences()[b.last()]) {
                runs.set(r - 1, new Run(Role.SOURCE, a.first(), b.last()));
                runs.remove(r);
            }
        }
        List<Run> cues = runs.stream().filter(r -> r.role() == Role.CUE).toList();
        List<Run> sources = runs.stream().filter(r -> r.role() == Role.SOURCE).toList();
        Map<Run, List<Run>> contentsByCue = new LinkedHashMap<>();
        List<TaggedAttribution> found = new ArrayList<>();
        for (Run content : runs) {
            if (content.role() != Role.CONTENT) {
                continue;
            }
            Run cue = nearest(sequence, content, cues);
            if (cue == null) {
                found.add(new TaggedAttribution(piece(sequence, content, content), null, null));
            } else {
                contentsByCue.computeIfAbsent(cue, c -> new ArrayList<>()).add(content);
            }
        }
        // A source belongs to one attribution (the corpus's annotation is univocal): to the cue nearest
        // it. A cue then takes the nearest of the sources that chose it.
        Map<Run, List<Run>> sourcesByCue = new java.util.HashMap<>();
        for (Run source : sources) {
            Run cue = nearest(sequence, source, new ArrayList<>(contentsByCue.keySet()));
            if (cue != null) {
                sourcesByCue.computeIfAbsent(cue, c -> new ArrayList<>()).add(source);
            }
        }
        contentsByCue.forEach((cue, contents) -> {
            Run source = nearest(sequence, cue, sourcesByCue.getOrDefault(cue, List.of()));
            if (source == null) {
                Run any = nearest(sequence, cue, sources);
                if (any != null && sequence.sentences()[any.first()] == sequence.sentences()[cue.first()]) {
                    source = any;
                }
            }
            found.add(new TaggedAttribution(piece(sequence, contents.get(0), contents.get(contents.size() - 1)),
                    piece(sequence, cue, cue), source == null ? null : piece(sequence, source, source)));
        });
        found.sort(java.util.Comparator.comparingInt(a -> a.content().start()));
        return found;
    }

    /** The candidate closest to a run, in words plus a penalty per sentence boundary; null if none. */
    private static Run nearest(TokenSequence sequence, Run from, List<Run> candidates) {
        Run best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Run c : candidates) {
            int gap = c.first() > from.last() ? c.first() - from.last() : from.first() - c.last();
            int a = c.first() > from.last() ? from.last() : from.first();
            int b = c.first() > from.last() ? c.first() : c.last();
            int sentences = Math.abs(sequence.sentences()[b] - sequence.sentences()[a]);
            int distance = gap + SENTENCE_PENALTY * sentences;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = c;
            }
        }
        return best;
    }

    private static TaggedAttribution.Piece piece(TokenSequence sequence, Run first, Run last) {
        return new TaggedAttribution.Piece(sequence.tokens().get(first.first()).start(),
                sequence.tokens().get(last.last()).end());
    }
}
