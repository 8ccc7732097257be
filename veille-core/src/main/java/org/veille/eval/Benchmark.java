package org.veille.eval;

/** The columns of the README's "Published scores to beat" table. */
public enum Benchmark {
    AEB_F1("AEB F1", ScrapinghubAebReader.NAME),
    TRAFILATURA_EVAL_F1("trafilatura-eval snippet F1", TrafilaturaEvalReader.NAME),
    WCXB_F1_ALL("WCXB-dev bag-of-words F1, all pages", WcxbDevReader.NAME),
    WCXB_F1_ARTICLES("WCXB-dev bag-of-words F1, articles", WcxbDevReader.NAME),
    HTMLDATE_DATE_ACCURACY("date accuracy on htmldate-dates", HtmldateDatesReader.NAME);

    private final String label;
    private final String setName;

    Benchmark(String label, String setName) {
        this.label = label;
        this.setName = setName;
    }

    public String label() {
        return label;
    }

    /** The evaluation set the column was measured on. */
    public String setName() {
        return setName;
    }
}
