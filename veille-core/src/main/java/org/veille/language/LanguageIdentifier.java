package org.veille.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.veille.model.Extraction;
import org.veille.model.ForeignFragment;
import org.veille.model.LanguageProfile;
import org.veille.model.ParagraphLanguage;
import org.veille.model.Warning;
import org.veille.pipeline.Outcome;

/**
 * The language stage: reads an {@link Extraction} and returns its {@link LanguageProfile}, the
 * article's language, the paragraphs written in another one and the short foreign fragments inside
 * paragraphs, with warnings when the language cannot be told.
 *
 * <p>The recipe, cheapest signal first:
 * <ol>
 *   <li>count the common words of each language in every paragraph (a hash look-up per word);</li>
 *   <li>the article takes the language whose words dominate the body (and the title, when the body is
 *       short); only when they do not is the statistical model asked, on a bounded sample;</li>
 *   <li>a paragraph long enough whose words point to another language is flagged when the model agrees;</li>
 *   <li>in the other paragraphs, bracketed, parenthesised and quoted stretches are judged: a few
 *       bracketed words by word lists and endings, longer stretches like paragraphs.</li>
 * </ol>
 * Immutable and thread-safe: build one and share it; the statistical model loads on first need.
 */
public final class LanguageIdentifier {

    static final String STAGE = "language";

    private final LanguageSettings settings;
    private final Lexicon lexicon;
    private final StatisticalModel model;
    private final ProseJudge prose;
    private final FragmentFinder fragments;

    /** An identifier with {@link LanguageSettings#defaults()}. */
    public LanguageIdentifier() {
        this(LanguageSettings.defaults());
    }

    /** Fails with {@link IllegalArgumentException} naming a configured language it cannot handle. */
    public LanguageIdentifier(LanguageSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.lexicon = Lexicon.load(settings.languages());
        this.model = settings.useStatisticalModel() ? new StatisticalModel(settings.languages()) : null;
        this.prose = new ProseJudge(settings, model);
        this.fragments = new FragmentFinder(settings, lexicon, prose);
    }

    public LanguageSettings settings() {
        return settings;
    }

    /** Loads the statistical model now (about half a second) instead of on the first article needing it. */
    public void preload() {
        if (model != null) {
            model.preload();
        }
    }

    /** The language layer of {@code extraction}; always a value, undetermined with a warning when unclear. */
    public Outcome<LanguageProfile> identify(Extraction extraction) {
        Objects.requireNonNull(extraction, "extraction");
        List<String> paragraphs = extraction.paragraphs();
        List<Warning> warnings = new ArrayList<>();

        LexicalProfile[] profiles = new LexicalProfile[paragraphs.size()];
        LexicalProfile basis = LexicalProfile.empty(lexicon.size());
        for (int i = 0; i < profiles.length; i++) {
            profiles[i] = lexicon.profile(paragraphs.get(i));
            basis = basis.plus(profiles[i]);
        }
        String title = extraction.title();
        boolean withTitle = basis.letters() < settings.titleBelowLetters() && title != null && !title.isBlank();
        if (withTitle) {
            basis = basis.plus(lexicon.profile(title));
        }
        if (basis.letters() < settings.minLetters()) {
            warnings.add(new Warning(STAGE, "too-little-text", String.format(Locale.ROOT,
                    "%d letters of text%s; at least %d are needed to tell the language",
                    basis.letters(), withTitle ? " with the title" : "", settings.minLetters())));
            return Outcome.ok(LanguageProfile.undetermined(), warnings);
        }

        int article = articleLanguage(basis, paragraphs, profiles, withTitle ? title : null, warnings);
        if (article < 0) {
            return Outcome.ok(LanguageProfile.undetermined(), warnings);
        }

        List<ParagraphLanguage> foreignParagraphs = new ArrayList<>();
        List<ForeignFragment> foreignFragments = new ArrayList<>();
        int codePointStart = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            int language = profiles[i].letters() >= settings.minParagraphLetters()
                    ? prose.differingLanguage(paragraph, 0, paragraph.length(), profiles[i], article)
                    : -1;
            if (language >= 0) {
                foreignParagraphs.add(new ParagraphLanguage(i, lexicon.code(language)));
            } else {
                for (FragmentFinder.Found found : fragments.find(paragraph, article)) {
                    int start = codePointStart + paragraph.codePointCount(0, found.start());
                    int end = start + paragraph.codePointCount(found.start(), found.end());
                    foreignFragments.add(new ForeignFragment(paragraph.substring(found.start(), found.end()),
                            lexicon.code(found.language()), start, end));
                }
            }
            codePointStart += paragraph.codePointCount(0, paragraph.length())
                    + Extraction.PARAGRAPH_SEPARATOR.length();
        }
        return Outcome.ok(new LanguageProfile(lexicon.code(article), foreignParagraphs, foreignFragments),
                warnings);
    }

    /** The article's language index, or -1 with a warning saying why none is given. */
    private int articleLanguage(LexicalProfile basis, List<String> paragraphs, LexicalProfile[] profiles,
                                String title, List<Warning> warnings) {
        int best = basis.best();
        int second = best < 0 ? -1 : basis.best(best);
        double bestScore = best < 0 ? 0 : basis.score(best);
        double secondScore = second < 0 ? 0 : basis.score(second);
        boolean covered = best >= 0 && basis.coverage(best) >= settings.minCoverage();
        if (covered && bestScore >= settings.lexicalMinScore()
                && bestScore >= settings.lexicalMinRatio() * secondScore) {
            return best;
        }
        if (best < 0) {
            warnings.add(uncertain(basis, best, second, "not a supported language, so no model asked"));
            return -1;
        }
        if (model == null) {
            if (covered && bestScore > secondScore) {
                return best;
            }
            warnings.add(uncertain(basis, best, second, "no statistical model to settle it"));
            return -1;
        }
        StatisticalModel.Guess guess = model.classify(sample(paragraphs, profiles, title));
        int guessed = guess.language();
        // The model settles what the words leave open (a short text, or close relatives such as Spanish
        // and Portuguese) but never contradicts clear words, nor names a language they do not support.
        boolean agrees = guessed >= 0 && guessed == best;
        boolean closeRace = covered && guessed >= 0 && basis.score(guessed) >= 0.5 * bestScore;
        if ((agrees || closeRace) && guess.gap() >= settings.statisticalMinGap()) {
            return guessed;
        }
        warnings.add(uncertain(basis, best, second, guess.language() < 0
                ? "the statistical model has no answer"
                : String.format(Locale.ROOT, "the statistical model says %s (lead %.2f)",
                        lexicon.code(guess.language()), guess.gap())));
        return -1;
    }

    private Warning uncertain(LexicalProfile basis, int best, int second, String modelNote) {
        String words = best < 0
                ? "no common word of " + settings.languages() + " among " + basis.words() + " words"
                : String.format(Locale.ROOT, "common words point to %s (%.1f, %.0f%% of %d words)%s",
                        lexicon.code(best), basis.score(best), 100 * basis.coverage(best), basis.words(),
                        second < 0 ? "" : String.format(Locale.ROOT, " then %s (%.1f)",
                                lexicon.code(second), basis.score(second)));
        return new Warning(STAGE, "uncertain-language", "language left undetermined: " + words + "; " + modelNote);
    }

    /**
     * Up to {@code sampleChars} characters for the model: the paragraphs long enough to be prose, in
     * order (all of them when none is), then the title when it was counted.
     */
    private String sample(List<String> paragraphs, LexicalProfile[] profiles, String title) {
        int max = settings.sampleChars();
        StringBuilder sample = new StringBuilder(Math.min(max, 4096));
        boolean anyProse = false;
        for (LexicalProfile profile : profiles) {
            anyProse |= profile.letters() >= settings.minParagraphLetters();
        }
        for (int i = 0; i < paragraphs.size() && sample.length() < max; i++) {
            if (!anyProse || profiles[i].letters() >= settings.minParagraphLetters()) {
                sample.append(paragraphs.get(i)).append('\n');
            }
        }
        if (title != null && sample.length() < max) {
            sample.append(title);
        }
        if (sample.length() > max) {
            int space = sample.lastIndexOf(" ", max);
            sample.setLength(space > max / 2 ? space : max);
        }
        return sample.toString();
    }
}
