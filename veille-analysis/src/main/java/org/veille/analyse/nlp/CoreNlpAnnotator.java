package org.veille.analyse.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veille.model.EntityType;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * Stanford CoreNLP as Veille's {@link TextAnnotator}: tokenizer, sentence splitter and the four-class
 * CRF named-entity tagger of each language (French WikiNER, English CoNLL-2003).
 *
 * <p>Why these annotators and no others: the quotation rules read words, sentences and entity tags, not
 * parts of speech or parses, and each extra CoreNLP annotator costs as much as the tagger itself
 * (measured: French tokenize+ner 9.5k tokens/s per core, with pos 7.8k; English 4-class CRF 19.5k
 * tokens/s, where CoreNLP's default English NER, three CRFs with SUTime and the fine-grained rules, runs
 * at a fraction of that and needs 800 MB). French keeps the multi-word token splitter, since the
 * tagger was trained on split contractions.
 *
 * <p>English parts of speech are tagged only when asked for ({@link #CoreNlpAnnotator(boolean)}): the
 * learned attribution tagger reads them, the rules do not.
 *
 * <p>A language's pipeline loads on first use, once per instance (a few seconds and 100-200 MB each),
 * so a run on English pages never loads French. CoreNLP pipelines can annotate from several threads at
 * once; one instance serves a whole run.
 */
public final class CoreNlpAnnotator implements TextAnnotator {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnnotator.class);
    private static final Set<String> LANGUAGES = Set.of("fr", "en");

    private final Map<String, StanfordCoreNLP> pipelines = new ConcurrentHashMap<>();
    private final boolean partsOfSpeech;

    /** Words, sentences and entities, no parts of speech. */
    public CoreNlpAnnotator() {
        this(false);
    }

    /** @param partsOfSpeech whether English words get their part of speech (Penn Treebank tags) */
    public CoreNlpAnnotator(boolean partsOfSpeech) {
        this.partsOfSpeech = partsOfSpeech;
    }

    @Override
    public Set<String> languages() {
        return LANGUAGES;
    }

    @Override
    public AnnotatedText annotate(String text, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no CoreNLP models for language " + language);
        }
        // Web addresses used as names ("Express.co.uk") are hidden from the tokenizer, which would
        // otherwise end a sentence at their first dot; the same length keeps every offset valid.
        Annotation annotation = new Annotation(WebNames.mask(text));
        pipelines.computeIfAbsent(language, l -> load(l, partsOfSpeech)).annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                String word = label.word().indexOf(WebNames.MASK) >= 0
                        ? text.substring(label.beginPosition(), label.endPosition()) : label.word();
                tokens.add(new Token(word, label.beginPosition(), label.endPosition(), entityType(label.ner()), label.tag()));
            }
            sentences.add(new Sentence(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens));
        }
        return new AnnotatedText(text, language, sentences);
    }

    private static StanfordCoreNLP load(String language, boolean partsOfSpeech) {
        long start = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        // A paragraph break ends a sentence: a heading or caption without a full stop must not run
        // into the next paragraph's first sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        if ("fr".equals(language)) {
            props.setProperty("annotators", "tokenize,ssplit,mwt,ner");
            props.setProperty("tokenize.language", "fr");
            props.setProperty("mwt.mappingFile", "edu/stanford/nlp/models/mwt/french/french-mwt.tsv");
            props.setProperty("mwt.pos.model", "edu/stanford/nlp/models/mwt/french/french-mwt.tagger");
            props.setProperty("mwt.statisticalMappingFile", "edu/stanford/nlp/models/mwt/french/french-mwt-statistical.tsv");
            props.setProperty("mwt.preserveCasing", "false");
            props.setProperty("ner.model", "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz");
        } else {
            props.setProperty("annotators", partsOfSpeech ? "tokenize,ssplit,pos,ner" : "tokenize,ssplit,ner");
            props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        }
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        LOG.info("CoreNLP {} pipeline loaded in {} ms", language, (System.nanoTime() - start) / 1_000_000);
        return pipeline;
    }

    /** CoreNLP's tags: PERSON/PER, ORGANIZATION/ORG, LOCATION/LOC, MISC, O. */
    static EntityType entityType(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag) {
            case "PERSON", "PER", "I-PER", "B-PER" -> EntityType.PERSON;
            case "ORGANIZATION", "ORG", "I-ORG", "B-ORG" -> EntityType.ORGANIZATION;
            case "LOCATION", "LOC", "I-LOC", "B-LOC" -> EntityType.LOCATION;
            case "MISC", "I-MISC", "B-MISC" -> EntityType.MISC;
            default -> null;
        };
    }
}
