package org.canopy.platform.core.years;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.canopy.platform.core.changelog.ChangeLog;
import org.canopy.platform.core.common.Conflict;
import org.canopy.platform.core.common.FieldErrors;
import org.canopy.platform.core.common.InputValidator;
import org.canopy.platform.core.common.InvalidInput;
import org.canopy.platform.core.common.NotFound;
import org.canopy.platform.core.common.StaleVersion;
import org.canopy.platform.core.identity.TenantScope;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The current tenant's academic years. Row-level security limits every query to that tenant. */
@ApplicationScoped
@Transactional
public class AcademicYears {

    @PersistenceContext(unitName = "canopy")
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    @Inject
    InputValidator validator;

    public List<AcademicYear> list() {
        return em.createQuery("select y from AcademicYear y order by y.startsOn desc", AcademicYear.class).getResultList();
    }

    public Optional<AcademicYear> find(String key) {
        return AcademicYearLabel.parse(key).flatMap(label ->
                em.createQuery("select y from AcademicYear y where y.label = :label", AcademicYear.class)
                        .setParameter("label", label.toString())
                        .getResultStream().findFirst());
    }

    public AcademicYear get(String key) {
        return find(key).orElseThrow(() -> new NotFound("Academic year " + key));
    }

    public AcademicYear create(YearInput input) {
        FieldErrors errors = new FieldErrors().addAll(validator.validate(input));
        Optional<AcademicYearLabel> label = AcademicYearLabel.parse(input.label());
        if (input.label() != null && label.isEmpty()) {
            errors.add("label", AcademicYearLabel.FORMAT_HINT);
        }
        TermDates terms = input.terms() != null ? input.terms() : label.map(AcademicYearLabel::defaultTerms).orElse(null);
        if (errors.isEmpty()) {
            terms.check(label.get(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors.list());
        }
        if (find(label.get().toString()).isPresent()) {
            throw new Conflict("Academic year " + label.get() + " already exists.");
        }
        AcademicYear year = new AcademicYear(TenantScope.require().tenantId(), label.get(), terms);
        em.persist(year);
        em.flush();
        changeLog.record(ChangeLog.Action.CREATE, "academic-year", year.label(), "created " + year.label());
        return year;
    }

    public AcademicYear changeTerms(String key, long expectedVersion, TermDates terms) {
        AcademicYear year = get(key);
        if (year.version() != expectedVersion) {
            throw new StaleVersion();
        }
        FieldErrors errors = new FieldErrors();
        if (terms == null) {
            errors.add("terms", "must not be null");
        } else {
            errors.addAll(validator.validate(terms).stream()
                    .map(e -> new org.canopy.platform.core.common.FieldError("terms." + e.field(), e.message())).toList());
            if (errors.isEmpty()) {
                terms.check(year.label(), errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors.list());
        }
        year.changeTerms(terms);
        em.flush();
        changeLog.record(ChangeLog.Action.UPDATE, "academic-year", year.label(), "changed the term dates of " + year.label());
        return year;
    }

    /** Makes sure the year containing {@code today} and the one before exist (year-on-year needs both). */
    public int ensureCurrentAndPrevious(LocalDate today) {
        AcademicYearLabel current = AcademicYearLabel.containing(today);
        int created = 0;
        for (AcademicYearLabel label : List.of(current.previous(), current)) {
            if (find(label.toString()).isEmpty()) {
                create(new YearInput(label.toString(), null));
                created++;
            }
        }
        return created;
    }
}
