package org.veille.store;

/** One value of a facet and how many documents carry it. */
public record FacetCount(String value, long count) {
}
