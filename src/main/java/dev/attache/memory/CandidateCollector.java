package dev.attache.memory;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;

/**
 * The best {@code wanted} candidates of a fuzzy look-up, none scoring below {@code floor}: the
 * floor is handed to Lucene's scorer at once, so that it skips the entries that share too few of
 * the sentence's words to reach the minimum score (the frequent words' postings are then never read
 * whole), and the collector's own rising threshold never goes below it.
 */
final class CandidateCollector extends FilterCollector {
    private final float floor;

    CandidateCollector(int wanted, float floor) {
        super(TopScoreDocCollector.create(wanted, null, wanted));
        this.floor = floor;
    }

    TopDocs topDocs() {
        return ((TopScoreDocCollector) in).topDocs();
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        return new FilterLeafCollector(super.getLeafCollector(context)) {
            @Override
            public void setScorer(Scorable scorer) throws IOException {
                scorer.setMinCompetitiveScore(floor);
                in.setScorer(
                        new FilterScorable(scorer) {
                            @Override
                            public void setMinCompetitiveScore(float score) throws IOException {
                                in.setMinCompetitiveScore(Math.max(score, floor));
                            }
                        });
            }
        };
    }
}
