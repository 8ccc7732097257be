package org.veille.analyse.dates;

/**
 * Which way the sentence around a date expression points: it decides whether "mardi" or "le 3 mars"
 * is the one before or after the publication date.
 */
enum Tense {
    PAST, FUTURE, UNKNOWN
}
