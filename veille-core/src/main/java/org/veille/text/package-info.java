/**
 * Facts about how news writes names that several stages share: the analysis finds and clusters
 * names with them, the store keys them for filters.
 */
package org.veille.text;
