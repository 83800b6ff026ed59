package org.canopy.platform.core.common;

/** The change would contradict what is already there (a duplicate, a record still in use). */
public final class Conflict extends Refusal {

    public Conflict(String detail) {
        super(detail);
    }
}
