package org.canopy.platform.core.identity;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant of the work running on this thread, and its caller. Set only by the core: from the
 * authenticated request ({@code RequestAuthenticator}, the console's servlets) or by provisioning;
 * read by {@code TenantSessionListener} when a transaction acquires its connection, which sets
 * PostgreSQL's {@code canopy.tenant_id}. It sits with the caller's identity, below every area that
 * works in a tenant (tenancy itself, the change log, the shared model).
 */
public final class TenantScope {

    private static final ThreadLocal<TenantContext> CURRENT = new ThreadLocal<>();

    private TenantScope() {
    }

    public static <T> T call(TenantContext context, Supplier<T> work) {
        try (Entered ignored = enter(context)) {
            return work.get();
        }
    }

    /** Puts {@code context} in scope until the returned handle is closed, which restores the previous one. */
    public static Entered enter(TenantContext context) {
        TenantContext previous = CURRENT.get();
        CURRENT.set(context);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** A scope that ends when closed. */
    public interface Entered extends AutoCloseable {
        @Override
        void close();
    }

    public static Optional<TenantContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current tenant; a programming error (not a user error) when there is none. */
    public static TenantContext require() {
        return current().orElseThrow(() -> new IllegalStateException("no tenant in scope"));
    }
}
