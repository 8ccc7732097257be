package org.veille.store;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * The quotation and entity documents of the articles a query matches: a block join. An article's
 * documents are one block, its quotations and entities first and the article last, and the article
 * carries how many come before it ({@link Fields#BLOCK_SIZE}); so the children of a matching article
 * {@code p} are the documents {@code [p - n, p)}, found without any per-segment bit set. Merges keep
 * blocks whole and in order, and a replaced article's whole block is deleted, so the ranges hold.
 *
 * <p>Why not Lucene's own {@code ToChildBlockJoinQuery}: it needs a bit set of every article per
 * segment, and a module of its own, for what one doc value per article answers.
 */
final class BlockChildrenQuery extends Query {
    private final Query articles;

    /** @param articles a query matching article documents only */
    BlockChildrenQuery(Query articles) {
        this.articles = Objects.requireNonNull(articles);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight parents = searcher.createWeight(searcher.rewrite(articles), ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer matching = parents.scorer(context);
                if (matching == null) {
                    return null;
                }
                NumericDocValues sizes = DocValues.getNumeric(context.reader(), Fields.BLOCK_SIZE);
                return new ConstantScoreScorer(this, score(), scoreMode, new Children(matching.iterator(), sizes));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return DocValues.isCacheable(context, Fields.BLOCK_SIZE) && parents.isCacheable(context);
            }
        };
    }

    /** Walks the matching articles in order and returns the documents of each one's block before it. */
    private static final class Children extends DocIdSetIterator {
        private final DocIdSetIterator parents;
        private final NumericDocValues sizes;
        private int doc = -1;
        /** The article ending the current block: children run up to it, exclusive. */
        private int blockEnd = -1;

        Children(DocIdSetIterator parents, NumericDocValues sizes) {
            this.parents = parents;
            this.sizes = sizes;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() throws IOException {
            if (doc + 1 < blockEnd) {
                return ++doc;
            }
            return firstChildFrom(parents.nextDoc(), 0);
        }

        @Override
        public int advance(int target) throws IOException {
            if (target < blockEnd) {
                doc = Math.max(target, doc + 1);
                return doc;
            }
            // The article whose block may hold the target is the first one after it.
            return firstChildFrom(target >= NO_MORE_DOCS - 1 ? NO_MORE_DOCS : parents.advance(target + 1), target);
        }

        /** The first child at or after {@code from} in the blocks of the articles from {@code parent} on. */
        private int firstChildFrom(int parent, int from) throws IOException {
            for (int p = parent; p != NO_MORE_DOCS; p = parents.nextDoc()) {
                int children = sizes.advanceExact(p) ? (int) sizes.longValue() : 0;
                int start = Math.max(p - children, from);
                if (start < p) {
                    blockEnd = p;
                    return doc = start;
                }
            }
            blockEnd = NO_MORE_DOCS;
            return doc = NO_MORE_DOCS;
        }

        @Override
        public long cost() {
            return parents.cost() * 16;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        articles.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.FILTER, this));
    }

    @Override
    public String toString(String field) {
        return "children(" + articles.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && articles.equals(((BlockChildrenQuery) other).articles);
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + articles.hashCode();
    }
}
