package org.canopy.platform.core.schools;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A school of the tenant (an academy of the trust). Membership dates keep the history when it leaves. */
@Entity
@Table(name = "school")
public class School {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Column(nullable = false)
    private String urn;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Phase phase;

    @Column(name = "local_authority", nullable = false)
    private String localAuthority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Region region;

    @Column(nullable = false)
    private int pupils;

    @Column(name = "fsm_percent")
    private BigDecimal fsmPercent;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Version
    private long version;

    protected School() {
    }

    public School(UUID tenantId, SchoolDetails details) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        apply(details);
    }

    /** @return whether anything changed */
    public boolean apply(SchoolDetails details) {
        if (details.equals(details())) {
            return false;
        }
        urn = details.urn();
        name = details.name();
        phase = details.phase();
        localAuthority = details.localAuthority();
        region = details.region();
        pupils = details.pupils();
        fsmPercent = details.fsmPercent();
        joinedOn = details.joinedOn();
        leftOn = details.leftOn();
        return true;
    }

    public SchoolDetails details() {
        return new SchoolDetails(urn, name, phase, localAuthority, region, pupils,
                SchoolDetails.percent(fsmPercent), joinedOn, leftOn);
    }

    public UUID id() {
        return id;
    }

    public String urn() {
        return urn;
    }

    public String name() {
        return name;
    }

    public long version() {
        return version;
    }
}
