/**
 * Extraction from plain-text page dumps: the text of a page as a browser or a crawler's text export
 * shows it, furniture included, one block per line.
 *
 * <p>Consumes a {@link org.veille.model.DecodedDocument} of format {@code TEXT}; produces an
 * {@link org.veille.model.Extraction}. There is no markup to trust, so every decision is a rule
 * about what lines look like and where they sit. Does not detect language.
 */
package org.veille.extract.dump;
