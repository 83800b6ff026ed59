package org.canopy.platform.core.schools;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.canopy.platform.core.changelog.ChangeLog;
import org.canopy.platform.core.common.England;
import org.canopy.platform.core.common.FieldErrors;
import org.canopy.platform.core.common.Conflict;
import org.canopy.platform.core.common.InvalidInput;
import org.canopy.platform.core.common.NotFound;
import org.canopy.platform.core.common.StaleVersion;
import org.canopy.platform.core.identity.TenantScope;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The Ofsted inspections of the current tenant's schools. Row-level security limits every query to that tenant. */
@ApplicationScoped
@Transactional
public class Inspections {

    private static final Comparator<OfstedInspection> NEWEST_FIRST =
            Comparator.comparing(OfstedInspection::details, InspectionDetails.NEWEST_FIRST);

    @PersistenceContext(unitName = "canopy")
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    /** The school's inspections, newest first. */
    public List<OfstedInspection> of(UUID schoolId) {
        return em.createQuery("select i from OfstedInspection i where i.schoolId = :school", OfstedInspection.class)
                .setParameter("school", schoolId).getResultStream().sorted(NEWEST_FIRST).toList();
    }

    /** Every school's inspections, newest first, in one query. */
    public Map<UUID, List<OfstedInspection>> bySchool() {
        return em.createQuery("select i from OfstedInspection i", OfstedInspection.class).getResultStream()
                .sorted(NEWEST_FIRST)
                .collect(Collectors.groupingBy(OfstedInspection::schoolId, LinkedHashMap::new, Collectors.toList()));
    }

    public OfstedInspection record(School school, InspectionInput input) {
        InspectionDetails details = validate(input);
        requireDateFree(school, details.date(), null);
        return create(school, details);
    }

    public OfstedInspection get(School school, UUID id) {
        return Optional.ofNullable(em.find(OfstedInspection.class, id)).filter(i -> i.schoolId().equals(school.id()))
                .orElseThrow(() -> new NotFound("Inspection " + id + " of school " + school.urn()));
    }

    public OfstedInspection correct(School school, UUID id, long expectedVersion, InspectionInput input) {
        OfstedInspection inspection = get(school, id);
        if (inspection.version() != expectedVersion) {
            throw new StaleVersion();
        }
        InspectionDetails details = validate(input);
        requireDateFree(school, details.date(), id);
        update(school, inspection, details);
        return inspection;
    }

    /** Records {@code details} unless the school already has it; the inspection of the same date is updated (manifests). */
    public boolean ensure(School school, InspectionDetails details) {
        Optional<OfstedInspection> sameDate = of(school.id()).stream()
                .filter(inspection -> Objects.equals(inspection.details().date(), details.date())).findFirst();
        if (sameDate.isEmpty()) {
            create(school, details);
            return true;
        }
        return update(school, sameDate.get(), details);
    }

    private OfstedInspection create(School school, InspectionDetails details) {
        OfstedInspection inspection = new OfstedInspection(TenantScope.require().tenantId(), school.id(), details);
        em.persist(inspection);
        em.flush();
        changeLog.record(ChangeLog.Action.CREATE, "school-inspection", inspection.id(), "recorded " + describe(school, details));
        return inspection;
    }

    private boolean update(School school, OfstedInspection inspection, InspectionDetails details) {
        if (!inspection.apply(details)) {
            return false;
        }
        em.flush();
        changeLog.record(ChangeLog.Action.UPDATE, "school-inspection", inspection.id(), "corrected " + describe(school, details));
        return true;
    }

    private static InspectionDetails validate(InspectionInput input) {
        FieldErrors errors = new FieldErrors();
        InspectionDetails details = input == null ? null : input.validate(errors, England.today());
        if (input == null) {
            errors.add("", "an inspection is required in the body");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors.list());
        }
        return details;
    }

    private void requireDateFree(School school, LocalDate date, UUID except) {
        of(school.id()).stream().filter(other -> date.equals(other.details().date()) && !other.id().equals(except))
                .findFirst().ifPresent(other -> {
                    throw new Conflict("School " + school.urn() + " already has an inspection on " + date
                            + "; correct that one instead.");
                });
    }

    private static String describe(School school, InspectionDetails details) {
        String when = details.date() == null ? "undated" : details.date().toString();
        String outcome = details.isReportCard() ? "report card" : details.judgement().code();
        return "Ofsted " + outcome + " " + when + " of " + school.urn() + " " + school.name();
    }
}
