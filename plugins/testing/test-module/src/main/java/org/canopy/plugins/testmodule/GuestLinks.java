package org.canopy.plugins.testmodule;

import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.files.LinkTokens;

import java.util.Optional;

/** Unguessable invitations to write a note on the module's public page; a token is valid in its own tenant only. */
public final class GuestLinks {

    private final ModuleContext context;

    GuestLinks(ModuleContext context) {
        this.context = context;
    }

    public record Invitation(String label) {
    }

    public record GuestLink(String token, String label) {
    }

    GuestLink create(String label) {
        String token = LinkTokens.next();
        context.data().update("insert into guest_link (token, label) values (?, ?)", token, label.trim());
        return new GuestLink(token, label.trim());
    }

    /** Row-level security keeps other tenants' tokens out, whatever the token says. */
    Optional<GuestLink> find(String token) {
        if (!LinkTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return context.data().queryOne("select token, label from guest_link where token = ?",
                row -> new GuestLink(row.getString("token"), row.getString("label")), token);
    }
}
