/**
 * Dates the article text names: "mardi 21 février", "en février 2022", "hier", "last Tuesday",
 * "three weeks ago". A {@link org.veille.analyse.dates.DateGrammar} per language finds the expressions
 * and reads what their words say ({@link org.veille.analyse.dates.WrittenDate}); the
 * {@link org.veille.analyse.dates.DateResolver} turns that into an ISO 8601 value, counting from the
 * article's publication date when it has one, and otherwise from what the text itself pins down.
 * Regular expressions suffice here: date wording is a closed, well-known set, and the speed matters.
 */
package org.veille.analyse.dates;
