package org.veille.analyse.dates;

/** Which occurrence of a weekday or month the words point at, seen from the article's date. */
enum Relation {
    /** "mardi", "on Tuesday": the nearest one, before or after depending on the sentence's tense. */
    NEAREST,
    /** "mardi dernier", "last Tuesday": the latest one before. */
    LAST,
    /** "mardi prochain", "next Tuesday": the first one after. */
    NEXT,
    /** "ce mardi", "this Tuesday": the one in the same week (or year, for a month). */
    THIS
}
