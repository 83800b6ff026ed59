package org.canopy.platform.core.common;

/** Nothing by that id in the tenant in scope: another tenant's record is refused the same way. */
public final class NotFound extends Refusal {

    /** {@code what} names it, such as "School 3f2…". */
    public NotFound(String what) {
        super(what + " was not found.");
    }
}
