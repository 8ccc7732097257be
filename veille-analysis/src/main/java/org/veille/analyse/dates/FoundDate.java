package org.veille.analyse.dates;

import org.veille.model.DateResolution;

/** A normalised date expression; offsets are char offsets in the text searched, end exclusive. */
public record FoundDate(String text, String value, DateResolution resolution, int start, int end) {
}
