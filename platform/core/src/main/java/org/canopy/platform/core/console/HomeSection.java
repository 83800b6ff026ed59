package org.canopy.platform.core.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.core.identity.Access;
import org.canopy.platform.core.identity.AccessPolicy;
import org.canopy.platform.core.identity.Role;
import org.canopy.platform.core.tenancy.TenantKind;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** The tenant's home page: a greeting, and where this user can go from here. */
@ApplicationScoped
public class HomeSection implements ConsoleSection {

    @Inject
    Access access;

    @Override
    public String segment() {
        return "";
    }

    @Override
    public boolean openTo(AccessPolicy policy, TenantKind kind) {
        return true;
    }

    @Override
    public void handle(ConsoleExchange exchange) throws IOException {
        String roles = access.effectiveRoles().stream().map(HomeSection::describe).sorted().collect(Collectors.joining(", "));
        exchange.render(200, "home.jte", exchange.frame(exchange.tenant().name(), List.of()), roles.isEmpty() ? null : roles);
    }

    private static String describe(Role role) {
        return role.code().replace('-', ' ');
    }
}
