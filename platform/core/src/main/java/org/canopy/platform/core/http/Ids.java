package org.canopy.platform.core.http;

import java.util.UUID;

/** Identifiers in paths: anything that is not a UUID names nothing, so it is a 404 like any unknown id. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String text, String what) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(what + " " + text);
        }
    }
}
