package org.canopy.platform.core.roles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.canopy.platform.core.identity.Role;

import java.util.UUID;

/**
 * A person's role over a node of the trust: the whole tenant ({@code schoolId} null, which covers
 * every school below it) or one school. The person is named by the login they will use.
 */
@Entity
@Table(name = "role_assignment")
public class RoleAssignment {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Column(nullable = false)
    private String subject;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    /** Kept as text: EclipseLink 4.0 cannot read a NULL uuid column into a UUID field. */
    @Column(name = "school_id")
    private String schoolId;

    protected RoleAssignment() {
    }

    public RoleAssignment(UUID tenantId, String subject, String displayName, Role role, UUID schoolId) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.subject = subject;
        this.displayName = displayName;
        this.role = role;
        this.schoolId = schoolId == null ? null : schoolId.toString();
    }

    public UUID id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** The school the role is limited to; empty when it covers the whole tenant. */
    public java.util.Optional<UUID> schoolId() {
        return java.util.Optional.ofNullable(schoolId).map(UUID::fromString);
    }

    public boolean sameGrant(String otherSubject, Role otherRole, UUID otherSchool) {
        return subject.equals(otherSubject) && role == otherRole && java.util.Objects.equals(schoolId, otherSchool == null ? null : otherSchool.toString());
    }
}
