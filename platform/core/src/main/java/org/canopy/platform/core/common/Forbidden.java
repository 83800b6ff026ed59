package org.canopy.platform.core.common;

/** The caller's roles do not allow this; {@code detail} says who may. */
public final class Forbidden extends Refusal {

    public Forbidden(String detail) {
        super(detail);
    }
}
