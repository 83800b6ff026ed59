package org.canopy.platform.core.years;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "academic_year")
public class AcademicYear {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Column(nullable = false)
    private String label;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "autumn_starts_on", nullable = false)
    private LocalDate autumnStartsOn;

    @Column(name = "autumn_ends_on", nullable = false)
    private LocalDate autumnEndsOn;

    @Column(name = "spring_starts_on", nullable = false)
    private LocalDate springStartsOn;

    @Column(name = "spring_ends_on", nullable = false)
    private LocalDate springEndsOn;

    @Column(name = "summer_starts_on", nullable = false)
    private LocalDate summerStartsOn;

    @Column(name = "summer_ends_on", nullable = false)
    private LocalDate summerEndsOn;

    @Version
    private long version;

    protected AcademicYear() {
    }

    public AcademicYear(UUID tenantId, AcademicYearLabel label, TermDates terms) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.label = label.toString();
        this.startsOn = label.startsOn();
        this.endsOn = label.endsOn();
        changeTerms(terms);
    }

    public void changeTerms(TermDates terms) {
        autumnStartsOn = terms.autumn().startsOn();
        autumnEndsOn = terms.autumn().endsOn();
        springStartsOn = terms.spring().startsOn();
        springEndsOn = terms.spring().endsOn();
        summerStartsOn = terms.summer().startsOn();
        summerEndsOn = terms.summer().endsOn();
    }

    public UUID id() {
        return id;
    }

    public AcademicYearLabel label() {
        return AcademicYearLabel.parse(label).orElseThrow();
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public TermDates terms() {
        return new TermDates(new TermDates.Term(autumnStartsOn, autumnEndsOn),
                new TermDates.Term(springStartsOn, springEndsOn),
                new TermDates.Term(summerStartsOn, summerEndsOn));
    }

    public long version() {
        return version;
    }
}
