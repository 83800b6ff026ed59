package org.canopy.plugins.testmodule;

import org.canopy.platform.api.Caller;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.access.Roles;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Whose notes a caller works with, by the schools their roles are held at: every note for a role
 * over the whole tenant (or the platform's own work), otherwise the notes of those schools only —
 * a hub's adviser on a focus school sees that school's notes. The module's own rule, as every
 * module filters its rows by school itself: row-level security stops at the tenant.
 */
record NoteScope(boolean wholeTenant, Set<UUID> schools, boolean readOnly) {

    static NoteScope of(ModuleContext context) {
        Optional<Caller> caller = context.caller();
        if (caller.isEmpty()) {
            return new NoteScope(true, Set.of(), false);
        }
        Set<UUID> schools = caller.get().scopes().stream().flatMap(scope -> scope.school().stream()).collect(Collectors.toSet());
        boolean wholeTenant = caller.get().scopes().stream().anyMatch(scope -> scope.school().isEmpty());
        return new NoteScope(wholeTenant, schools, caller.get().roles().equals(Set.of(Roles.EXPERT_ADVISER_READER)));
    }

    boolean covers(UUID school) {
        return wholeTenant || schools.contains(school);
    }

    /** The school a new note is about when the caller works with exactly one; none otherwise. */
    Optional<UUID> onlySchool() {
        return wholeTenant || schools.size() != 1 ? Optional.empty() : schools.stream().findFirst();
    }
}
