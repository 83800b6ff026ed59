package org.canopy.plugins.cpdaudit.audit;

import org.canopy.platform.api.TenantData;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenant's audits as stored: editions, their status and the history of their steps. */
public final class Audits {

    private static final String COLUMNS = "id, school_id, academic_year, edition, framework_id, status, survey_code,"
            + " corrects, correction_reason, overall_level, published_at, coalesce(survey_of, id) as survey_audit,"
            + " (select s.staff_survey from audit s where s.id = coalesce(audit.survey_of, audit.id)) as staff_survey";

    private final TenantData data;

    public Audits(TenantData data) {
        this.data = data;
    }

    public Optional<Audit> find(UUID id) {
        return data.queryOne("select " + COLUMNS + " from audit where id = ?", Audits::audit, id);
    }

    public Audit get(UUID id) {
        return find(id).orElseThrow(() -> AuditException.notFound("Audit " + id));
    }

    /** The latest edition of each of the school's audits, newest year first. */
    public List<Audit> ofSchool(UUID schoolId) {
        return data.query("select distinct on (academic_year) " + COLUMNS + " from audit where school_id = ?"
                + " order by academic_year desc, edition desc", Audits::audit, schoolId);
    }

    /** Every school's published audits (the current edition of each year), oldest first. */
    public List<Audit> published() {
        return data.query("select " + COLUMNS + " from audit where status = 'published' order by school_id, academic_year",
                Audits::audit);
    }

    /** The audit whose staff survey this is. */
    public Optional<Audit> byStaffSurvey(UUID survey) {
        return data.queryOne("select " + COLUMNS + " from audit where staff_survey = ?", Audits::audit, survey);
    }

    public Optional<Audit> latestEdition(UUID schoolId, String academicYear) {
        return data.queryOne("select " + COLUMNS + " from audit where school_id = ? and academic_year = ?"
                + " order by edition desc limit 1", Audits::audit, schoolId, academicYear);
    }

    /** The school's published audit of the year before {@code academicYear}'s, if any. */
    public Optional<Audit> previousPublished(UUID schoolId, String academicYear) {
        return data.queryOne("select " + COLUMNS + " from audit where school_id = ? and academic_year < ? and status = 'published'"
                + " order by academic_year desc, edition desc limit 1", Audits::audit, schoolId, academicYear);
    }

    public UUID insert(UUID schoolId, String academicYear, int edition, UUID frameworkId, AuditStatus status,
                       Optional<UUID> corrects, Optional<String> reason, Optional<UUID> surveyOf) {
        return data.queryOne("insert into audit (school_id, academic_year, edition, framework_id, status, corrects,"
                        + " correction_reason, survey_of) values (?, ?, ?, ?, ?, ?, ?, ?) returning id",
                row -> row.getObject(1, UUID.class), schoolId, academicYear, edition, frameworkId, status.code(),
                corrects.orElse(null), reason.orElse(null), surveyOf.orElse(null)).orElseThrow();
    }

    /** Moves the audit only if it is still where the step starts, so two people cannot both make it. */
    public boolean move(UUID id, AuditStatus from, AuditStatus to) {
        return data.update("update audit set status = ? where id = ? and status = ?", to.code(), id, from.code()) == 1;
    }

    public void setSurvey(UUID id, UUID staffSurvey, String code) {
        data.update("update audit set staff_survey = ?, survey_code = ? where id = ?", staffSurvey, code, id);
    }

    public void clearSurveyCode(UUID id) {
        data.update("update audit set survey_code = null where id = ?", id);
    }

    public void publish(UUID id, String overallLevel) {
        data.update("update audit set overall_level = ?, published_at = clock_timestamp() where id = ?", overallLevel, id);
    }

    public void record(UUID auditId, Optional<AuditStatus> from, AuditStatus to, String actor, Optional<String> reason) {
        data.update("insert into audit_event (audit_id, from_status, to_status, actor, reason) values (?, ?, ?, ?, ?)",
                auditId, from.map(AuditStatus::code).orElse(null), to.code(), actor, reason.orElse(null));
    }

    public List<AuditEvent> history(UUID auditId) {
        return data.query("select from_status, to_status, actor, reason, at from audit_event where audit_id = ? order by at, id",
                row -> new AuditEvent(Optional.ofNullable(row.getString(1)).flatMap(AuditStatus::ofCode),
                        AuditStatus.ofCode(row.getString(2)).orElseThrow(), row.getString(3),
                        Optional.ofNullable(row.getString(4)), row.getTimestamp(5).toInstant()), auditId);
    }

    private static Audit audit(ResultSet row) throws SQLException {
        Timestamp published = row.getTimestamp("published_at");
        return new Audit(row.getObject("id", UUID.class), row.getObject("school_id", UUID.class), row.getString("academic_year"),
                row.getInt("edition"), row.getObject("framework_id", UUID.class),
                AuditStatus.ofCode(row.getString("status")).orElseThrow(),
                Optional.ofNullable(row.getString("survey_code")), Optional.ofNullable(row.getObject("corrects", UUID.class)),
                Optional.ofNullable(row.getString("correction_reason")), Optional.ofNullable(row.getString("overall_level")),
                Optional.ofNullable(published).map(Timestamp::toInstant), row.getObject("survey_audit", UUID.class),
                Optional.ofNullable(row.getObject("staff_survey", UUID.class)));
    }
}
