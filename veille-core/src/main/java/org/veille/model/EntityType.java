package org.veille.model;

/** The kinds of named entity Veille records: the CoNLL four. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC
}
