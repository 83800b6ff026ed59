package org.canopy.plugins.cpdaudit.evaluation;

import org.canopy.platform.api.TenantData;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Self-evaluations, evidence files and area judgements as stored; the rules live in {@code AuditWork}. */
public final class Evaluations {

    private final TenantData data;

    public Evaluations(TenantData data) {
        this.data = data;
    }

    public Map<String, CriterionRating> ratings(UUID auditId) {
        Map<String, CriterionRating> ratings = new LinkedHashMap<>();
        data.query("select criterion_key, level, notes, rated_by, rated_at from criterion_rating where audit_id = ? order by criterion_key",
                row -> new CriterionRating(row.getString(1), row.getString(2), Optional.ofNullable(row.getString(3)),
                        row.getString(4), row.getTimestamp(5).toInstant()), auditId)
                .forEach(rating -> ratings.put(rating.criterionKey(), rating));
        return ratings;
    }

    public void rate(UUID auditId, String criterionKey, String level, Optional<String> notes, String by) {
        data.update("insert into criterion_rating (audit_id, criterion_key, level, notes, rated_by) values (?, ?, ?, ?, ?)"
                        + " on conflict (audit_id, criterion_key) do update set level = excluded.level, notes = excluded.notes,"
                        + " rated_by = excluded.rated_by, rated_at = clock_timestamp()",
                auditId, criterionKey, level, notes.orElse(null), by);
    }

    public Map<String, AreaJudgement> judgements(UUID auditId) {
        Map<String, AreaJudgement> judgements = new LinkedHashMap<>();
        data.query("select area_key, level, rationale, judged_by, judged_at from area_judgement where audit_id = ? order by area_key",
                row -> new AreaJudgement(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getTimestamp(5).toInstant()), auditId)
                .forEach(judgement -> judgements.put(judgement.areaKey(), judgement));
        return judgements;
    }

    /** Every published audit's area levels, by audit: one query for the trust's year-on-year headline. */
    public Map<UUID, Map<String, String>> publishedJudgements() {
        Map<UUID, Map<String, String>> judged = new HashMap<>();
        data.query("select j.audit_id, j.area_key, j.level from area_judgement j join audit a on a.id = j.audit_id"
                        + " where a.status = 'published'",
                row -> new String[] {row.getString(1), row.getString(2), row.getString(3)})
                .forEach(j -> judged.computeIfAbsent(UUID.fromString(j[0]), audit -> new LinkedHashMap<>()).put(j[1], j[2]));
        return judged;
    }

    public void judge(UUID auditId, String areaKey, String level, String rationale, String by) {
        data.update("insert into area_judgement (audit_id, area_key, level, rationale, judged_by) values (?, ?, ?, ?, ?)"
                        + " on conflict (audit_id, area_key) do update set level = excluded.level, rationale = excluded.rationale,"
                        + " judged_by = excluded.judged_by, judged_at = clock_timestamp()",
                auditId, areaKey, level, rationale, by);
    }

    public List<EvidenceFile> evidence(UUID auditId) {
        return data.query("select id, criterion_key, filename, content_type, size_bytes, uploaded_by, uploaded_at from evidence_file"
                + " where audit_id = ? order by criterion_key, uploaded_at", Evaluations::evidenceFile, auditId);
    }

    public UUID addEvidence(UUID auditId, String criterionKey, String filename, String contentType, byte[] content, String by) {
        return data.queryOne("insert into evidence_file (audit_id, criterion_key, filename, content_type, size_bytes, content, uploaded_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?) returning id", row -> row.getObject(1, UUID.class),
                auditId, criterionKey, filename, contentType, content.length, content, by).orElseThrow();
    }

    /** The file and its bytes, if it belongs to {@code auditId}. */
    public Optional<Map.Entry<EvidenceFile, byte[]>> evidenceContent(UUID auditId, UUID fileId) {
        return data.queryOne("select id, criterion_key, filename, content_type, size_bytes, uploaded_by, uploaded_at, content"
                        + " from evidence_file where audit_id = ? and id = ?",
                row -> Map.entry(evidenceFile(row), row.getBytes("content")), auditId, fileId);
    }

    public int evidenceCount(UUID auditId) {
        return data.queryOne("select count(*) from evidence_file where audit_id = ?", row -> row.getInt(1), auditId).orElse(0);
    }

    /** A correction starts from what the corrected edition concluded. */
    public void copy(UUID fromAudit, UUID toAudit) {
        data.update("insert into criterion_rating (audit_id, criterion_key, level, notes, rated_by, rated_at)"
                + " select ?, criterion_key, level, notes, rated_by, rated_at from criterion_rating where audit_id = ?", toAudit, fromAudit);
        data.update("insert into area_judgement (audit_id, area_key, level, rationale, judged_by, judged_at)"
                + " select ?, area_key, level, rationale, judged_by, judged_at from area_judgement where audit_id = ?", toAudit, fromAudit);
        data.update("insert into evidence_file (audit_id, criterion_key, filename, content_type, size_bytes, content, uploaded_by, uploaded_at)"
                + " select ?, criterion_key, filename, content_type, size_bytes, content, uploaded_by, uploaded_at"
                + " from evidence_file where audit_id = ?", toAudit, fromAudit);
    }

    private static EvidenceFile evidenceFile(ResultSet row) throws SQLException {
        return new EvidenceFile(row.getObject("id", UUID.class), row.getString("criterion_key"), row.getString("filename"),
                row.getString("content_type"), row.getInt("size_bytes"), row.getString("uploaded_by"),
                row.getTimestamp("uploaded_at").toInstant());
    }
}
