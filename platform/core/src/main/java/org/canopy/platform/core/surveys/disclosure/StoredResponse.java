package org.canopy.platform.core.surveys.disclosure;

import java.util.Arrays;
import java.util.Objects;

/**
 * One anonymous response as stored: the staff group and the raw answer to each item, in the
 * survey's item order ({@code null} for an item skipped). Nothing else is kept.
 */
public record StoredResponse(String staffGroup, Integer[] answers) {

    public StoredResponse {
        Objects.requireNonNull(staffGroup, "staffGroup");
        answers = answers.clone();
    }

    public Integer answer(int item) {
        return item < answers.length ? answers[item] : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredResponse that && staffGroup.equals(that.staffGroup) && Arrays.equals(answers, that.answers);
    }

    @Override
    public int hashCode() {
        return 31 * staffGroup.hashCode() + Arrays.hashCode(answers);
    }

    @Override
    public String toString() {
        return staffGroup + Arrays.toString(answers);
    }
}
