package org.canopy.platform.core.schools;

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

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's schools. Row-level security limits every query to that tenant. */
@ApplicationScoped
@Transactional
public class Schools {

    @PersistenceContext(unitName = "canopy")
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    @Inject
    InputValidator validator;

    @Inject
    Inspections inspections;

    public List<School> list(Optional<Phase> phase) {
        if (phase.isEmpty()) {
            return em.createQuery("select s from School s order by s.name", School.class).getResultList();
        }
        return em.createQuery("select s from School s where s.phase = :phase order by s.name", School.class)
                .setParameter("phase", phase.get())
                .getResultList();
    }

    public Optional<School> find(UUID id) {
        return Optional.ofNullable(em.find(School.class, id));
    }

    public School get(UUID id) {
        return find(id).orElseThrow(() -> new NotFound("School " + id));
    }

    public Optional<School> findByUrn(String urn) {
        return em.createQuery("select s from School s where s.urn = :urn", School.class)
                .setParameter("urn", urn)
                .getResultStream().findFirst();
    }

    public School create(SchoolInput input) {
        School school = create(validate(input));
        input.undatedJudgement().ifPresent(judgement -> inspections.ensure(school, judgement));
        return school;
    }

    public School create(SchoolDetails details) {
        requireUrnFree(details.urn(), null);
        School school = new School(TenantScope.require().tenantId(), details);
        em.persist(school);
        em.flush();
        changeLog.record(ChangeLog.Action.CREATE, "school", school.id(), "created " + details.urn() + " " + details.name());
        return school;
    }

    public School update(UUID id, long expectedVersion, SchoolInput input) {
        School school = get(id);
        if (school.version() != expectedVersion) {
            throw new StaleVersion();
        }
        update(school, validate(input));
        input.undatedJudgement().ifPresent(judgement -> inspections.ensure(school, judgement));
        return school;
    }

    /** Applies {@code details}; audits and bumps the version only when something changed. */
    public School update(School school, SchoolDetails details) {
        requireUrnFree(details.urn(), school.id());
        if (school.apply(details)) {
            em.flush();
            changeLog.record(ChangeLog.Action.UPDATE, "school", school.id(), "updated " + details.urn() + " " + details.name());
        }
        return school;
    }

    public void delete(UUID id, long expectedVersion) {
        School school = get(id);
        if (school.version() != expectedVersion) {
            throw new StaleVersion();
        }
        if (em.createQuery("select count(m) from StaffMember m where m.schoolId = :id", Long.class)
                .setParameter("id", id.toString()).getSingleResult() > 0) {
            throw new Conflict("School " + school.urn() + " still has staff; move or remove them first,"
                    + " or record the date it left the trust instead.");
        }
        em.remove(school);
        em.flush();
        changeLog.record(ChangeLog.Action.DELETE, "school", id, "deleted " + school.urn() + " " + school.name());
    }

    private SchoolDetails validate(SchoolInput input) {
        FieldErrors errors = new FieldErrors();
        SchoolDetails details = input == null ? null : input.validate(validator, errors);
        if (input == null) {
            errors.add("", "a school is required in the body");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors.list());
        }
        return details;
    }

    private void requireUrnFree(String urn, UUID except) {
        findByUrn(urn).filter(other -> !other.id().equals(except)).ifPresent(other -> {
            throw new Conflict("A school with URN " + urn + " already exists in this tenant.");
        });
    }
}
