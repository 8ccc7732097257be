package org.veille.store;

/**
 * An entity's quotations.
 *
 * @param by    what it says
 * @param about what others say that names it
 */
public record EntityQuotes(SearchResults by, SearchResults about) {
}
