package org.veille.language;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * The character n-gram model (lingua) restricted to the configured languages, built once on first use
 * and shared by threads.
 *
 * <p>Lingua runs in its low-accuracy mode: trigram models only, about 10 MB of heap and half a second
 * for eight languages, where the high-accuracy mode holds 1- to 5-gram models (over 200 MB) for a gain
 * on one- to three-word strings, which this stage judges with its word lists anyway. Even so a call
 * costs about 3 µs per character, so the stage asks it only when the function words leave a doubt.
 */
final class StatisticalModel {

    /** The model's answer: a language index (or -1 for none) and its lead over the runner-up (0-1). */
    record Guess(int language, double gap) {
        static final Guess NONE = new Guess(-1, 0);
    }

    private final List<String> languages;
    private final Object lock = new Object();
    private volatile Loaded loaded;

    private record Loaded(LanguageDetector detector, Map<Language, Integer> indices) {
    }

    StatisticalModel(List<String> languages) {
        this.languages = List.copyOf(languages);
        for (String code : languages) {
            toLingua(code);
        }
    }

    /** Loads the model now rather than on first use. */
    void preload() {
        loaded();
    }

    /** The most likely of the configured languages for {@code text}. */
    Guess classify(String text) {
        Loaded model = loaded();
        Map<Language, Double> confidences = model.detector().computeLanguageConfidenceValues(text);
        Iterator<Map.Entry<Language, Double>> entries = confidences.entrySet().iterator();
        if (!entries.hasNext()) {
            return Guess.NONE;
        }
        Map.Entry<Language, Double> first = entries.next();
        Integer index = model.indices().get(first.getKey());
        if (index == null) {
            return Guess.NONE;
        }
        double second = entries.hasNext() ? entries.next().getValue() : 0;
        return new Guess(index, Math.max(0, first.getValue() - second));
    }

    private Loaded loaded() {
        Loaded model = loaded;
        if (model == null) {
            synchronized (lock) {
                model = loaded;
                if (model == null) {
                    model = load();
                    loaded = model;
                }
            }
        }
        return model;
    }

    private Loaded load() {
        Map<Language, Integer> indices = new EnumMap<>(Language.class);
        for (int i = 0; i < languages.size(); i++) {
            indices.put(toLingua(languages.get(i)), i);
        }
        Language[] all = indices.keySet().toArray(new Language[0]);
        LanguageDetectorBuilder builder = all.length >= 2
                ? LanguageDetectorBuilder.fromLanguages(all)
                : LanguageDetectorBuilder.fromLanguages(all[0], Language.ENGLISH.equals(all[0])
                        ? Language.FRENCH : Language.ENGLISH);
        LanguageDetector detector = builder.withLowAccuracyMode().withPreloadedLanguageModels().build();
        return new Loaded(detector, indices);
    }

    private static Language toLingua(String code) {
        try {
            Language language = Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)));
            if (language != Language.UNKNOWN) {
                return language;
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the statistical model does not know language " + code, e);
        }
        throw new IllegalArgumentException("the statistical model does not know language " + code);
    }
}
