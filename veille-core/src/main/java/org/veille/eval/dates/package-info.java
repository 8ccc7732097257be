/**
 * Agreement between two date taggers on the same texts: Veille's date expressions against a reference
 * system's (SUTime), since no gold set of normalised dates exists yet. What is measured is agreement with
 * another system, not accuracy: where the two differ, either may be wrong.
 *
 * <p>{@link DateValue} reads both systems' values (ISO 8601 at their precision, SUTime's extras
 * normalised), {@link DateMatcher} pairs expressions one-to-one by overlap, {@link DateAgreement} counts.
 */
package org.veille.eval.dates;
