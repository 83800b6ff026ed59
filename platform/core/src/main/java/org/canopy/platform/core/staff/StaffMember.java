package org.canopy.platform.core.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    /** Kept as text: EclipseLink 4.0 cannot read a NULL uuid column into a UUID field. */
    @Column(name = "school_id")
    private String schoolId;

    @Column(name = "full_name", nullable = false)
    private String name;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_group", nullable = false)
    private StaffGroup staffGroup;

    @Column(nullable = false)
    private BigDecimal fte;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Version
    private long version;

    protected StaffMember() {
    }

    public StaffMember(UUID tenantId, StaffDetails details) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        apply(details);
    }

    /** @return whether anything changed */
    public boolean apply(StaffDetails details) {
        if (details.equals(details())) {
            return false;
        }
        schoolId = details.schoolId() == null ? null : details.schoolId().toString();
        name = details.name();
        email = details.email();
        staffGroup = details.staffGroup();
        fte = details.fte();
        startedOn = details.startedOn();
        leftOn = details.leftOn();
        return true;
    }

    public StaffDetails details() {
        return new StaffDetails(name, email, schoolId == null ? null : UUID.fromString(schoolId), staffGroup, fte == null ? null : fte.setScale(3, RoundingMode.HALF_UP),
                startedOn, leftOn);
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public long version() {
        return version;
    }
}
