package org.canopy.platform.core.surveys;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.canopy.platform.api.StaffSurveys.Definition;
import org.canopy.platform.api.StaffSurveys.Item;
import org.canopy.platform.api.StaffSurveys.Survey;
import org.canopy.platform.core.database.DataSources;
import org.canopy.platform.core.surveys.disclosure.StoredResponse;
import org.canopy.platform.core.identity.TenantScope;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The surveys' tables, for the current tenant, as the application role. Each step of answering
 * runs in a transaction of its own ({@code REQUIRES_NEW}), so that the invitation marked used, the
 * response waiting and the batch that files it never share a transaction id.
 */
@ApplicationScoped
public class SurveyStore {

    /** The fewest waiting responses filed together while a survey is open. */
    static final int BATCH = 5;

    private static final String OPEN = "s.open and (s.last_day is null or s.last_day >= current_date)";
    private static final String SURVEY_COLUMNS = "s.id, s.school_id, " + OPEN + ", s.school_code, s.scale, s.staff_groups,"
            + " s.minimum_respondents";

    @Resource(lookup = DataSources.APP)
    DataSource dataSource;

    /** A person invited with a personal link. */
    record Invitee(UUID staffId, String staffGroup, String token) {
    }

    @Transactional
    /** A new survey with its items and invitations; open with its school code, or closed (an import) with none. */
    public UUID create(String moduleId, Definition definition, Optional<String> schoolCode, List<Invitee> invitees) {
        return work(connection -> {
            UUID id = UUID.randomUUID();
            update(connection, "insert into staff_survey (id, module_id, school_id, scale, staff_groups, minimum_respondents,"
                            + " school_code, last_day, open) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, moduleId, definition.school(), texts(connection, definition.scale()),
                    texts(connection, definition.staffGroups()), definition.minimumRespondents(), schoolCode.orElse(null),
                    definition.lastDay().orElse(null), schoolCode.isPresent());
            List<Item> items = definition.items();
            for (int position = 0; position < items.size(); position++) {
                Item item = items.get(position);
                update(connection, "insert into staff_survey_item (survey_id, position, key, area, statement, reverse_coded)"
                        + " values (?, ?, ?, ?, ?, ?)", id, position, item.key(), item.area(), item.statement(), item.reverseCoded());
            }
            for (String group : definition.staffGroups()) {
                update(connection, "insert into staff_survey_code_quota (survey_id, staff_group) values (?, ?)", id, group);
            }
            for (Invitee invitee : invitees) {
                update(connection, "insert into staff_survey_invitee (survey_id, staff_id, staff_group, token) values (?, ?, ?, ?)",
                        id, invitee.staffId(), invitee.staffGroup(), invitee.token());
            }
            return id;
        });
    }

    @Transactional
    public Optional<Survey> survey(String moduleId, UUID id) {
        return work(connection -> survey(connection, "s.module_id = ? and s.id = ?", moduleId, id));
    }

    @Transactional
    public Optional<Survey> byToken(String moduleId, String token) {
        return work(connection -> survey(connection,
                "s.module_id = ? and s.id = (select i.survey_id from staff_survey_invitee i where i.token = ?)", moduleId, token));
    }

    /** The survey whose school code this is, while it is open. */
    @Transactional
    public Optional<Survey> byCode(String moduleId, String code) {
        return work(connection -> survey(connection, "s.module_id = ? and s.school_code = ? and " + OPEN, moduleId, code));
    }

    @Transactional
    public List<Invitee> invitees(UUID survey) {
        return work(connection -> query(connection, "select staff_id, staff_group, token from staff_survey_invitee where survey_id = ?",
                row -> new Invitee(row.getObject(1, UUID.class), row.getString(2), row.getString(3)), survey));
    }

    /** Marks the link used, alone in its transaction; the survey and group it was for, if it was unused and the survey open. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> useLink(UUID survey, String token) {
        return work(connection -> query(connection, "update staff_survey_invitee i set used = true where i.token = ? and i.survey_id = ?"
                        + " and not i.used and exists (select 1 from staff_survey s where s.id = i.survey_id and " + OPEN + ")"
                        + " returning i.staff_group",
                row -> row.getString(1), token, survey).stream().findFirst());
    }

    /** A response to file later, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void await(UUID survey, String staffGroup, Integer[] answers) {
        work(connection -> update(connection, "insert into staff_survey_waiting (survey_id, staff_group, answers, answered_on)"
                + " values (?, ?, ?, current_date)", survey, staffGroup, numbers(connection, answers)));
    }

    /**
     * A school-code response, taken only if the group has a place left: fewer code answers than
     * invitees who have not used their link. One statement checks and writes; the quota row's lock
     * makes parallel answers for a group wait and check again, so none gets past the cap.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean awaitByCode(UUID survey, String staffGroup, Integer[] answers) {
        return work(connection -> update(connection, """
                with place as (
                  update staff_survey_code_quota q set answered = q.answered + 1
                  where q.survey_id = ? and q.staff_group = ?
                    and q.answered < (select count(*) from staff_survey_invitee i
                                      where i.survey_id = q.survey_id and i.staff_group = q.staff_group and not i.used)
                    and exists (select 1 from staff_survey s where s.id = q.survey_id and %s)
                  returning q.survey_id, q.staff_group)
                insert into staff_survey_waiting (survey_id, staff_group, answers, answered_on)
                select survey_id, staff_group, ?, current_date from place""".formatted(OPEN),
                survey, staffGroup, numbers(connection, answers)) == 1);
    }

    /**
     * Files the survey's waiting responses into its responses in a random order, in one
     * transaction of their own: when at least {@value #BATCH} wait, or any once it has closed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int file(UUID survey) {
        return work(connection -> {
            // one filer per survey at a time (an advisory lock: a row lock would wait on a caller's own open transaction)
            query(connection, "select pg_advisory_xact_lock(hashtextextended(?::text, 0))", row -> 1, survey.toString());
            List<Boolean> open = query(connection, "select " + OPEN + " from staff_survey s where s.id = ?", row -> row.getBoolean(1), survey);
            int waiting = count(connection, "select count(*) from staff_survey_waiting where survey_id = ?", survey);
            if (open.isEmpty() || waiting == 0 || (open.get(0) && waiting < BATCH)) {
                return 0;
            }
            return update(connection, """
                    with filed as (delete from staff_survey_waiting where survey_id = ?
                                   returning survey_id, staff_group, answers, answered_on)
                    insert into staff_survey_response (survey_id, staff_group, answers, answered_on)
                    select survey_id, staff_group, answers, answered_on from filed order by random()""", survey);
        });
    }

    /** Responses collected before the survey came here (e.g. an earlier system's), filed at once in a random order. */
    @Transactional
    public void fileCollected(UUID survey, List<StoredResponse> responses) {
        List<StoredResponse> shuffled = new ArrayList<>(responses);
        java.util.Collections.shuffle(shuffled, new java.security.SecureRandom());
        work(connection -> {
            for (StoredResponse response : shuffled) {
                update(connection, "insert into staff_survey_response (survey_id, staff_group, answers, answered_on)"
                        + " values (?, ?, ?, current_date)", survey, response.staffGroup(), numbers(connection, response.answers()));
            }
            return null;
        });
    }

    /** Closes the survey at once, in a transaction of its own, so that filing (next) sees it closed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void close(UUID survey) {
        work(connection -> update(connection, "update staff_survey set open = false, school_code = null where id = ?", survey));
    }

    @Transactional
    public void closeIfPastLastDay(UUID survey) {
        work(connection -> update(connection, "update staff_survey set open = false, school_code = null"
                + " where id = ? and open and last_day < current_date", survey));
    }

    /** Surveys of the tenant with responses waiting, and open surveys past their last day (to close). */
    @Transactional
    public List<UUID> needingWork() {
        return work(connection -> query(connection, "select s.id from staff_survey s where s.open and s.last_day < current_date"
                + " union select distinct survey_id from staff_survey_waiting", row -> row.getObject(1, UUID.class)));
    }

    /** School-code attempts by {@code key} in this ten minutes. */
    @Transactional
    public int attempts(String scope, String key) {
        return work(connection -> query(connection, "select attempts from staff_survey_attempt where scope = ? and key = ?"
                + " and window_start = date_bin('10 minutes', now(), timestamptz '2000-01-01')", row -> row.getInt(1), scope, key)
                .stream().findFirst().orElse(0));
    }

    /** Counts one more school-code attempt by {@code key} in this ten minutes, committed even if the attempt fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int attempt(String scope, String key) {
        return work(connection -> count(connection, """
                insert into staff_survey_attempt (scope, key, window_start, attempts)
                values (?, ?, date_bin('10 minutes', now(), timestamptz '2000-01-01'), 1)
                on conflict (tenant_id, scope, key, window_start) do update set attempts = staff_survey_attempt.attempts + 1
                returning attempts""", scope, key));
    }

    @Transactional
    public Map<String, Integer> invitedByGroup(UUID survey) {
        return work(connection -> groupCounts(connection,
                "select staff_group, count(*) from staff_survey_invitee where survey_id = ? group by staff_group", survey));
    }

    /** How many were invited and how many answered: while open, the responses filed; once closed, every one. */
    record Count(UUID survey, boolean open, int invited, int answered) {
    }

    @Transactional
    public List<Count> counts(String moduleId, Collection<UUID> surveys) {
        return work(connection -> query(connection, "select s.id, " + OPEN + ","
                        + " (select count(*) from staff_survey_invitee i where i.survey_id = s.id),"
                        + " (select count(*) from staff_survey_response r where r.survey_id = s.id)"
                        + " + case when " + OPEN + " then 0 else (select count(*) from staff_survey_waiting w where w.survey_id = s.id) end"
                        + " from staff_survey s where s.module_id = ? and s.id = any(?)",
                row -> new Count(row.getObject(1, UUID.class), row.getBoolean(2), row.getInt(3), row.getInt(4)),
                moduleId, connection.createArrayOf("uuid", surveys.toArray())));
    }

    @Transactional
    public List<StoredResponse> responses(UUID survey) {
        return work(connection -> query(connection, "select staff_group, answers from staff_survey_response where survey_id = ?",
                row -> new StoredResponse(row.getString(1), integers(row.getArray(2))), survey));
    }

    private Optional<Survey> survey(Connection connection, String where, Object... parameters) throws SQLException {
        List<Survey> found = query(connection, "select " + SURVEY_COLUMNS + " from staff_survey s where " + where, row -> {
            UUID id = row.getObject(1, UUID.class);
            return new Survey(id, row.getObject(2, UUID.class), row.getBoolean(3), Optional.ofNullable(row.getString(4)),
                    List.of(), strings(row.getArray(5)), strings(row.getArray(6)), row.getInt(7));
        }, parameters);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Survey survey = found.get(0);
        List<Item> items = query(connection, "select key, area, statement, reverse_coded from staff_survey_item where survey_id = ?"
                + " order by position", row -> new Item(row.getString(1), row.getString(2), row.getString(3), row.getBoolean(4)), survey.id());
        return Optional.of(new Survey(survey.id(), survey.school(), survey.open(), survey.open() ? survey.schoolCode() : Optional.empty(),
                items, survey.scale(), survey.staffGroups(), survey.minimumRespondents()));
    }

    private Map<String, Integer> groupCounts(Connection connection, String sql, Object... parameters) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        query(connection, sql, row -> Map.entry(row.getString(1), row.getInt(2)), parameters)
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /** Work on a connection of the current transaction with the current tenant set (for this transaction only). */
    private <T> T work(SqlWork<T> work) {
        String tenant = TenantScope.require().tenantId().toString();
        try (Connection connection = dataSource.getConnection()) {
            update(connection, "select set_config('canopy.tenant_id', ?, true)", tenant);
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("staff survey storage failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    private static <T> List<T> query(Connection connection, String sql, Row<T> mapper, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
            List<T> results = new ArrayList<>();
            while (rows.next()) {
                results.add(mapper.map(rows));
            }
            return results;
        }
    }

    private static int count(Connection connection, String sql, Object... parameters) throws SQLException {
        return query(connection, sql, row -> row.getInt(1), parameters).get(0);
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.execute() ? 0 : statement.getUpdateCount();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static Array texts(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    private static Array numbers(Connection connection, Integer[] values) throws SQLException {
        return connection.createArrayOf("int2", values);
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static Integer[] integers(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        Integer[] answers = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            answers[i] = values[i] == null ? null : ((Number) values[i]).intValue();
        }
        return answers;
    }
}
