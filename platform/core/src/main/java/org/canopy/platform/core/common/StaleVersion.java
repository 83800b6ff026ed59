package org.canopy.platform.core.common;

/** The record changed since the caller read it: their change would overwrite someone else's. */
public final class StaleVersion extends Refusal {

    public StaleVersion() {
        super("The resource changed since you read it; fetch it again and reapply your change.");
    }
}
