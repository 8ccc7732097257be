/**
 * Scoring entity clustering: whether the mentions of one real person or organisation in an article end
 * up under one entity, named with its fullest name ("Poutine" = "Vladimir Poutine").
 *
 * <p>The gold is that of the French news quotation set: each article lists the persons and
 * organisations it quotes, and each quote the other names of its speaker
 * ({@link org.veille.eval.clusters.FrNewsEntitySet} gathers them into
 * {@link org.veille.eval.clusters.GoldEntity GoldEntity}s). It marks no mention offsets, so Veille's
 * mentions are tied to gold entities by their names ({@link org.veille.eval.clusters.GoldNameMatcher}),
 * and {@link org.veille.eval.clusters.ClusterTally} adds up found, split, merged, right-name and B-cubed
 * scores into {@link org.veille.eval.clusters.ClusterScores}. Nothing here knows how entities are found.
 */
package org.veille.eval.clusters;
