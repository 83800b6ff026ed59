package org.canopy.plugins.cpdaudit.priorities;

import org.canopy.platform.api.TenantData;
import org.canopy.plugins.cpdaudit.priorities.StoredPriority.StoredAction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** An audit's two priorities and their actions as stored; the rules live in {@code AuditWork}. */
public final class PriorityBook {

    private final TenantData data;

    public PriorityBook(TenantData data) {
        this.data = data;
    }

    public List<StoredPriority> of(UUID auditId) {
        Map<UUID, List<StoredAction>> actions = data.query("select a.id, a.priority_id, a.description, a.owner, a.due_on, a.status, a.complete"
                        + " from priority_action a join priority p on p.id = a.priority_id where p.audit_id = ? order by a.due_on, a.created_at",
                row -> Map.entry(row.getObject(2, UUID.class), new StoredAction(row.getObject(1, UUID.class), action(row))), auditId)
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return data.query("select id, position, area_key, title from priority where audit_id = ? order by position",
                row -> new StoredPriority(row.getObject(1, UUID.class), row.getInt(2), row.getString(3), row.getString(4),
                        actions.getOrDefault(row.getObject(1, UUID.class), List.of())), auditId);
    }

    /** Sets the priority at {@code position} (1 or 2), keeping its actions when it already exists. */
    public void set(UUID auditId, int position, String areaKey, String title) {
        data.update("insert into priority (audit_id, position, area_key, title) values (?, ?, ?, ?)"
                        + " on conflict (audit_id, position) do update set area_key = excluded.area_key, title = excluded.title",
                auditId, position, areaKey, title);
    }

    public void remove(UUID auditId, int position) {
        data.update("delete from priority_action where priority_id in (select id from priority where audit_id = ? and position = ?)",
                auditId, position);
        data.update("delete from priority where audit_id = ? and position = ?", auditId, position);
    }

    public UUID addAction(UUID priorityId, Action action) {
        return data.queryOne("insert into priority_action (priority_id, description, owner, due_on, status, complete)"
                        + " values (?, ?, ?, ?, ?, ?) returning id", row -> row.getObject(1, UUID.class),
                priorityId, action.description(), action.owner(), action.due(), code(action.status()), action.complete()).orElseThrow();
    }

    /** Whether the action exists under {@code priorityId} and was changed. */
    public boolean updateAction(UUID priorityId, UUID actionId, Action action) {
        return data.update("update priority_action set description = ?, owner = ?, due_on = ?, status = ?, complete = ?"
                        + " where id = ? and priority_id = ?", action.description(), action.owner(), action.due(),
                code(action.status()), action.complete(), actionId, priorityId) == 1;
    }

    /** A correction starts from the corrected edition's priorities and actions. */
    public void copy(UUID fromAudit, UUID toAudit) {
        for (StoredPriority priority : of(fromAudit)) {
            set(toAudit, priority.position(), priority.areaKey(), priority.title());
            UUID copied = of(toAudit).stream().filter(p -> p.position() == priority.position()).findFirst().orElseThrow().id();
            priority.actions().forEach(action -> addAction(copied, action.action()));
        }
    }

    public static String code(RagStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RagStatus> ragOf(String code) {
        return code == null ? Optional.empty() : Arrays.stream(RagStatus.values())
                .filter(status -> code(status).equals(code)).findFirst();
    }

    private static Action action(ResultSet row) throws SQLException {
        return new Action(row.getString("description"), row.getString("owner"), row.getObject("due_on", LocalDate.class),
                ragOf(row.getString("status")).orElseThrow(), row.getBoolean("complete"));
    }
}
