package org.canopy.platform.testkit.module;

import org.canopy.platform.api.SharedModel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's shared model as the core's read views give it to a module, read from the seeded
 * tables under row-level security as the application role. Codes are spelt as the API spells them
 * ({@code primary}, {@code 16-plus}, {@code teaching-assistant}).
 */
final class TestSharedModel implements SharedModel {

    private final TestTenantData.Connections connections;
    private final UUID tenant;

    TestSharedModel(TestTenantData.Connections connections, UUID tenant) {
        this.connections = connections;
        this.tenant = tenant;
    }

    @Override
    public List<School> schools() {
        return read("select id, urn, name, phase from school where left_on is null or left_on > current_date order by name",
                row -> new School(row.getObject(1, UUID.class), row.getString(2), row.getString(3), code(row.getString(4))));
    }

    @Override
    public List<AcademicYear> academicYears() {
        return read("select label, starts_on, ends_on from academic_year order by starts_on",
                row -> new AcademicYear(row.getString(1), row.getObject(2, java.time.LocalDate.class),
                        row.getObject(3, java.time.LocalDate.class)));
    }

    @Override
    public List<StaffMember> staff() {
        return read("select id, school_id, full_name, email, staff_group from staff_member"
                        + " where left_on is null or left_on > current_date order by full_name",
                row -> new StaffMember(row.getObject(1, UUID.class), Optional.ofNullable(row.getObject(2, UUID.class)),
                        row.getString(3), row.getString(4), code(row.getString(5))));
    }

    /** How the core stores a code: its enum constant's name ({@code 16-plus} is {@code SIXTEEN_PLUS}). */
    static String stored(String code) {
        return code.equals("16-plus") ? "SIXTEEN_PLUS" : code.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String code(String stored) {
        return stored.equals("SIXTEEN_PLUS") ? "16-plus" : stored.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    private <T> List<T> read(String sql, Row<T> mapper) {
        try {
            Connection connection = connections.take();
            try {
                List<T> results = rows(connection, sql, mapper);
                connection.commit();
                return results;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private <T> List<T> rows(Connection connection, String sql, Row<T> mapper) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("select set_config('canopy.tenant_id', ?, true)")) {
            set.setString(1, tenant.toString());
            set.execute();
        }
        List<T> results = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                results.add(mapper.map(rows));
            }
        }
        return results;
    }
}
