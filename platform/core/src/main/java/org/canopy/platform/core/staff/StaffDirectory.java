package org.canopy.platform.core.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.canopy.platform.core.changelog.ChangeLog;
import org.canopy.platform.core.common.Conflict;
import org.canopy.platform.core.common.FieldErrors;
import org.canopy.platform.core.common.Forbidden;
import org.canopy.platform.core.common.InputValidator;
import org.canopy.platform.core.common.InvalidInput;
import org.canopy.platform.core.common.InvalidRows;
import org.canopy.platform.core.common.NotFound;
import org.canopy.platform.core.common.StaleVersion;
import org.canopy.platform.core.identity.SchoolScope;
import org.canopy.platform.core.schools.School;
import org.canopy.platform.core.schools.Schools;
import org.canopy.platform.core.identity.TenantScope;

import java.io.Reader;
import java.util.HashSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The current tenant's staff. Row-level security limits every query to that tenant. */
@ApplicationScoped
@Transactional
public class StaffDirectory {

    public static final int MAX_IMPORT_ROWS = 10_000;

    @PersistenceContext(unitName = "canopy")
    EntityManager em;

    @Inject
    Schools schools;

    @Inject
    ChangeLog changeLog;

    @Inject
    InputValidator validator;

    /** A page of the staff within {@code scope}, with their schools' URNs, optionally of one school. */
    public List<StaffView> list(SchoolScope scope, Optional<String> schoolUrn, int offset, int limit) {
        Map<UUID, String> urns = urnsById();
        StringBuilder jpql = new StringBuilder("select m from StaffMember m where 1 = 1");
        if (schoolUrn.isPresent()) {
            jpql.append(" and m.schoolId = :school");
        }
        if (!scope.wholeTenant()) {
            jpql.append(" and m.schoolId in :scope");
        }
        var query = em.createQuery(jpql.append(" order by m.name, m.id").toString(), StaffMember.class);
        if (schoolUrn.isPresent()) {
            query.setParameter("school", schools.findByUrn(schoolUrn.get()).map(school -> school.id().toString()).orElse(""));
        }
        if (!scope.wholeTenant()) {
            query.setParameter("scope", scope.schools().stream().map(UUID::toString).toList());
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(member -> StaffView.of(member, urns.get(member.details().schoolId())))
                .toList();
    }

    /** Everyone in post today or later (no leaving date, or one still to come), for modules' read view. */
    public List<StaffMember> inPost(LocalDate today) {
        return em.createQuery("select m from StaffMember m where m.leftOn is null or m.leftOn > :today order by m.name, m.id",
                StaffMember.class).setParameter("today", today).getResultList();
    }

    /** A staff member within {@code scope}; anyone else's record is not found. */
    public StaffMember get(UUID id, SchoolScope scope) {
        StaffMember member = get(id);
        if (!scope.covers(member.details().schoolId())) {
            throw new NotFound("Staff member " + id);
        }
        return member;
    }

    public StaffView view(StaffMember member) {
        UUID schoolId = member.details().schoolId();
        return StaffView.of(member, schoolId == null ? null : schools.get(schoolId).urn());
    }

    public StaffMember get(UUID id) {
        return Optional.ofNullable(em.find(StaffMember.class, id))
                .orElseThrow(() -> new NotFound("Staff member " + id));
    }

    public Optional<StaffMember> findByEmail(String email) {
        return em.createQuery("select m from StaffMember m where m.email = :email", StaffMember.class)
                .setParameter("email", email.toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    public StaffMember create(StaffInput input, SchoolScope scope) {
        return create(withinScope(validate(input), scope));
    }

    public StaffMember create(StaffDetails details) {
        requireEmailFree(details.email(), null);
        StaffMember member = new StaffMember(TenantScope.require().tenantId(), details);
        em.persist(member);
        em.flush();
        changeLog.record(ChangeLog.Action.CREATE, "staff-member", member.id(), "added " + details.name());
        return member;
    }

    public StaffMember update(UUID id, long expectedVersion, StaffInput input, SchoolScope scope) {
        StaffMember member = get(id, scope);
        if (member.version() != expectedVersion) {
            throw new StaleVersion();
        }
        return update(member, withinScope(validate(input), scope));
    }

    /** Applies {@code details}; audits and bumps the version only when something changed. */
    public StaffMember update(StaffMember member, StaffDetails details) {
        requireEmailFree(details.email(), member.id());
        if (member.apply(details)) {
            em.flush();
            changeLog.record(ChangeLog.Action.UPDATE, "staff-member", member.id(), "updated " + details.name());
        }
        return member;
    }

    public void delete(UUID id, long expectedVersion, SchoolScope scope) {
        StaffMember member = get(id, scope);
        if (member.version() != expectedVersion) {
            throw new StaleVersion();
        }
        em.remove(member);
        em.flush();
        changeLog.record(ChangeLog.Action.DELETE, "staff-member", id, "removed " + member.details().name());
    }

    /** Reads and checks a CSV file without writing anything: the rows it would add, or every problem in it. */
    public StaffCsvImport.Result checkCsv(Reader csv, SchoolScope scope) {
        Set<String> emails = new HashSet<>(em.createQuery(
                "select m.email from StaffMember m where m.email is not null", String.class).getResultList());
        return new StaffCsvImport(validator, urnsByCode(), emails, MAX_IMPORT_ROWS, scope::covers).read(csv);
    }

    /** All rows or none: any bad cell, or a school outside {@code scope}, rejects the file with a report of every one. */
    public int importCsv(Reader csv, SchoolScope scope) {
        StaffCsvImport.Result result = checkCsv(csv, scope);
        if (!result.ok()) {
            throw new InvalidRows(result.errors());
        }
        result.rows().forEach(this::create);
        return result.rows().size();
    }

    private StaffDetails validate(StaffInput input) {
        FieldErrors errors = new FieldErrors();
        StaffDetails details = input == null ? null : input.validate(validator, urnsByCode(), errors);
        if (input == null) {
            errors.add("", "a staff member is required in the body");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors.list());
        }
        return details;
    }

    private static StaffDetails withinScope(StaffDetails details, SchoolScope scope) {
        if (!scope.covers(details.schoolId())) {
            throw new Forbidden("You may only add or move staff within the schools you lead.");
        }
        return details;
    }

    private void requireEmailFree(String email, UUID except) {
        if (email == null) {
            return;
        }
        findByEmail(email).filter(other -> !other.id().equals(except)).ifPresent(other -> {
            throw new Conflict("A staff member with email " + email + " already exists in this tenant.");
        });
    }

    private Map<String, UUID> urnsByCode() {
        return schools.list(Optional.empty()).stream().collect(Collectors.toMap(School::urn, School::id));
    }

    private Map<UUID, String> urnsById() {
        return schools.list(Optional.empty()).stream().collect(Collectors.toMap(School::id, School::urn));
    }
}
