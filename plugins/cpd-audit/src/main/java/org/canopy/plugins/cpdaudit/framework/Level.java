package org.canopy.plugins.cpdaudit.framework;

import java.util.Objects;

/** One step of a {@link LevelScale}; {@code rank} 1 is the lowest. */
public record Level(int rank, String key, String label) implements Comparable<Level> {

    public Level {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }

    public boolean isAbove(Level other) {
        return rank > other.rank;
    }

    @Override
    public int compareTo(Level other) {
        return Integer.compare(rank, other.rank);
    }
}
