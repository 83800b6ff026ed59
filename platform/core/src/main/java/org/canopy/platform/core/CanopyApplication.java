package org.canopy.platform.core;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The HTTP API under /api; bearer tokens are validated by {@code identity.BearerTokenMechanism}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Canopy API", version = "0.1",
        description = "Tenancy, schools, staff and academic years for multi-academy trusts and CPD hubs."))
public class CanopyApplication extends Application {
}
