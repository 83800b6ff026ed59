package org.canopy.platform.core.health;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Whether start-up (migrations, tenant manifests) finished, and if it failed, why. */
@ApplicationScoped
public class StartupState {

    private volatile boolean ready;
    private volatile String failure;

    public void ready() {
        ready = true;
    }

    public void failed(String cause) {
        failure = cause;
    }

    public boolean isReady() {
        return ready && failure == null;
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
