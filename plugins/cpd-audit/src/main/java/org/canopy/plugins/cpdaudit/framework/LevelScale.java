package org.canopy.plugins.cpdaudit.framework;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The ordered levels a framework judges on, lowest first: e.g. emerging, developing, established,
 * exemplary; or working towards bronze, bronze, silver, gold.
 */
public record LevelScale(List<Level> levels) {

    public LevelScale {
        levels = List.copyOf(levels);
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).rank() != i + 1) {
                throw new IllegalArgumentException("level " + levels.get(i).key() + " should have rank " + (i + 1));
            }
        }
    }

    public Level level(String key) {
        return find(key).orElseThrow(() -> new NoSuchElementException("the scale has no level '" + key + "'"));
    }

    public Optional<Level> find(String key) {
        return levels.stream().filter(level -> level.key().equals(key)).findFirst();
    }

    public Level atRank(int rank) {
        return levels.get(rank - 1);
    }

    /**
     * The weighted mean of ranks, rounded half down: a mean exactly between two levels takes the lower
     * one, so a level is earned rather than rounded into. Integer arithmetic: no floating-point edge.
     */
    Level meanRoundedHalfDown(long weightedRankSum, long totalWeight) {
        long rank = (2 * weightedRankSum + totalWeight - 1) / (2 * totalWeight);
        return atRank((int) rank);
    }
}
