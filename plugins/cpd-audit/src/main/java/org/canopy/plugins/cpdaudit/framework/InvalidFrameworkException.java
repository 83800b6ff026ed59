package org.canopy.plugins.cpdaudit.framework;

import org.canopy.platform.api.problem.FieldError;
import org.canopy.platform.api.problem.ModuleProblem;

import java.util.List;

/** A framework that cannot be used, with every problem found in it: a 400 of its own kind, {@code invalid-framework}. */
public class InvalidFrameworkException extends ModuleProblem {

    private final List<String> problems;

    public InvalidFrameworkException(List<String> problems) {
        super(400, "invalid-framework", "Invalid framework", "invalid framework: " + String.join("; ", problems),
                problems.stream().map(FieldError::general).toList());
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
