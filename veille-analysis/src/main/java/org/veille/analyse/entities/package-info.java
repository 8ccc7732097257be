/**
 * Named entities of an article: mentions read from the tagger's output with our corrections
 * ({@link org.veille.analyse.entities.MentionFinder}), grouped into one entity per real person,
 * organisation or place ({@link org.veille.analyse.entities.EntityClusterer}).
 */
package org.veille.analyse.entities;
