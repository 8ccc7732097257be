/**
 * Text as the store sees it: {@link org.veille.store.text.TextAnalysis} (the French, English and
 * language-neutral analysis chains, one index field each) and {@link org.veille.store.text.NameKey}
 * (the folded form speaker and entity filters match exactly). No index access here.
 */
package org.veille.store.text;
