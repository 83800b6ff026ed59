package org.canopy.plugins.cpdaudit;

import java.util.OptionalDouble;

/** {@code count} out of {@code outOf}: a response rate, a share of schools, a share of actions. */
public record Share(int count, int outOf) {

    public Share {
        if (count < 0 || count > outOf) {
            throw new IllegalArgumentException("a share needs 0 <= count <= outOf, not " + count + " of " + outOf);
        }
    }

    /** Empty for 0 out of 0: nothing was counted, so there is no percentage to show. */
    public OptionalDouble percent() {
        return outOf == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * count / outOf);
    }
}
