package org.canopy.plugins.cpdaudit.framework;

import java.util.List;

/** A framework that cannot be used, with every problem found in it. */
public class InvalidFrameworkException extends RuntimeException {

    private final List<String> problems;

    public InvalidFrameworkException(List<String> problems) {
        super("invalid framework: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
