package org.canopy.platform.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The HTTP API under /api; bearer tokens are validated by MicroProfile JWT. A CDI bean, so that
 * Payara's JWT extension (which looks for {@code @LoginConfig} on discovered beans) finds it.
 */
@ApplicationScoped
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT", realmName = "canopy")
@OpenAPIDefinition(info = @Info(title = "Canopy API", version = "0.1",
        description = "Tenancy, schools, staff and academic years for multi-academy trusts and CPD hubs."))
public class CanopyApplication extends Application {
}
