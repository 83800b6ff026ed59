package org.canopy.platform.core.health;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/**
 * The cheapest authenticated route: token checked, no tenant, no database. Clients use it to check
 * a token; the benchmark uses it as the baseline against which the cost of a tenant query shows.
 */
@RequestScoped
@Path("ping")
@Produces(MediaType.APPLICATION_JSON)
public class PingResource {

    private static final Map<String, String> PONG = Map.of("status", "ok");

    @GET
    public Map<String, String> ping() {
        return PONG;
    }
}
