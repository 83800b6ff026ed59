package org.canopy.platform.core.architecture.leaky;

import org.canopy.platform.core.http.ProblemException;

/** A service that answers in HTTP terms, which the edge rule must refuse. */
public class LeakyService {

    public void find(String id) {
        throw ProblemException.notFound("Thing " + id);
    }
}
