package org.canopy.platform.core.staff;

import jakarta.validation.Validation;
import org.canopy.platform.core.common.InputValidator;
import org.canopy.platform.core.common.CellError;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class StaffCsvImportTest {

    private static final InputValidator VALIDATOR =
            new InputValidator(Validation.buildDefaultValidatorFactory().getValidator());
    private static final UUID OAK = UUID.randomUUID();
    private static final UUID ELM = UUID.randomUUID();
    private static final String HEADER = "name,email,school_urn,staff_group,fte,start_date\n";

    private static StaffCsvImport.Result read(String csv) {
        return read(csv, 100);
    }

    private static StaffCsvImport.Result read(String csv, int maxRows) {
        StaffCsvImport importer = new StaffCsvImport(VALIDATOR, Map.of("100001", OAK, "100002", ELM),
                Set.of("existing@example.org"), maxRows);
        return importer.read(new StringReader(csv));
    }

    @Test
    void readsValidRowsIncludingCentralTeamAndBothDateFormats() {
        StaffCsvImport.Result result = read(HEADER
                + "Ada Lovelace,Ada@Example.org,100001,teacher,1.0,01/09/2024\n"
                + "Grace Hopper,grace@example.org,100002,teaching-assistant,0.6,2023-01-15\n"
                + "Alan Turing,,,executive,0.5,2/4/2022\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.rows()).hasSize(3);
        StaffDetails ada = result.rows().get(0);
        assertThat(ada.name()).isEqualTo("Ada Lovelace");
        assertThat(ada.email()).isEqualTo("ada@example.org");
        assertThat(ada.schoolId()).isEqualTo(OAK);
        assertThat(ada.staffGroup()).isEqualTo(StaffGroup.TEACHER);
        assertThat(ada.fte()).isEqualByComparingTo("1");
        assertThat(ada.startedOn()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(ada.leftOn()).isNull();
        StaffDetails grace = result.rows().get(1);
        assertThat(grace.schoolId()).isEqualTo(ELM);
        assertThat(grace.staffGroup()).isEqualTo(StaffGroup.TEACHING_ASSISTANT);
        assertThat(grace.fte()).isEqualByComparingTo(new BigDecimal("0.6"));
        assertThat(grace.startedOn()).isEqualTo(LocalDate.of(2023, 1, 15));
        StaffDetails alan = result.rows().get(2);
        assertThat(alan.schoolId()).as("empty URN means the central team").isNull();
        assertThat(alan.email()).isNull();
        assertThat(alan.staffGroup()).isEqualTo(StaffGroup.EXECUTIVE);
        assertThat(alan.startedOn()).as("UK day/month order").isEqualTo(LocalDate.of(2022, 4, 2));
    }

    @Test
    void readsOptionalLeftDateAndHeaderInAnyCaseAndOrder() {
        StaffCsvImport.Result result = read("START_DATE,Name,FTE,Staff_Group,School_URN,Left_Date\n"
                + "2020-09-01,Ada,0.8,headteacher,100001,31/08/2024\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(ada -> {
            assertThat(ada.name()).isEqualTo("Ada");
            assertThat(ada.staffGroup()).isEqualTo(StaffGroup.HEADTEACHER);
            assertThat(ada.fte()).isEqualByComparingTo("0.8");
            assertThat(ada.startedOn()).isEqualTo(LocalDate.of(2020, 9, 1));
            assertThat(ada.leftOn()).isEqualTo(LocalDate.of(2024, 8, 31));
        });
    }

    @Test
    void reportsEachBadCellByRowAndColumnCountingTheHeaderAsRowOne() {
        StaffCsvImport.Result result = read(HEADER
                + "Ada,ada@example.org,100001,teacher,abc,2024-09-01\n"
                + "Bob,bob@example.org,100001,teacher,1.5,2024-09-01\n"
                + "Cy,cy@example.org,100001,wizard,1.0,2024-09-01\n"
                + "Di,di@example.org,999999,teacher,1.0,2024-09-01\n"
                + "Ed,ed@example.org,100001,teacher,1.0,2024-13-01\n"
                + ",fay@example.org,100001,teacher,1.0,2024-09-01\n"
                + "Gil,gil@example.org,100001,teacher,1.0,2024-09-01\n");

        assertThat(result.errors()).extracting(CellError::row, CellError::column).containsExactly(
                tuple(2, "fte"),
                tuple(3, "fte"),
                tuple(4, "staff_group"),
                tuple(5, "school_urn"),
                tuple(6, "start_date"),
                tuple(7, "name"));
        assertThat(result.errors().get(2).message()).contains("teacher", "teaching-assistant");
        assertThat(result.errors().get(3).message()).contains("999999");
        assertThat(result.ok()).isFalse();
        assertThat(result.rows()).as("all or nothing: the valid row 8 is not imported either").isEmpty();
    }

    @Test
    void reportsSeveralBadCellsOfOneRow() {
        StaffCsvImport.Result result = read(HEADER + "Ada,not-an-email,100001,wizard,0,2024-09-01\n");

        assertThat(result.errors()).extracting(CellError::row, CellError::column)
                .containsExactlyInAnyOrder(tuple(2, "email"), tuple(2, "staff_group"), tuple(2, "fte"));
    }

    @Test
    void reportsLeftDateBeforeStartDate() {
        StaffCsvImport.Result result = read("name,school_urn,staff_group,fte,start_date,left_date\n"
                + "Ada,100001,teacher,1.0,2024-09-01,2024-08-31\n");

        assertThat(result.errors()).extracting(CellError::row, CellError::column).containsExactly(tuple(2, "left_date"));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void reportsAnEmailThatAppearsTwiceInTheFile() {
        StaffCsvImport.Result result = read(HEADER
                + "Ada,ada@example.org,100001,teacher,1.0,2024-09-01\n"
                + "Bob,bob@example.org,100001,teacher,1.0,2024-09-01\n"
                + "Ada Again,ADA@example.org,100002,teacher,1.0,2024-09-01\n");

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(4);
            assertThat(error.column()).isEqualTo("email");
            assertThat(error.message()).contains("row 2");
        });
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void reportsAnEmailThatAlreadyBelongsToAStaffMember() {
        StaffCsvImport.Result result = read(HEADER
                + "Ada,ada@example.org,100001,teacher,1.0,2024-09-01\n"
                + "Eve,Existing@Example.org,100001,teacher,1.0,2024-09-01\n");

        assertThat(result.errors()).extracting(CellError::row, CellError::column).containsExactly(tuple(3, "email"));
        assertThat(result.errors().get(0).message()).contains("already exists");
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void reportsARequiredColumnMissingFromTheHeader() {
        StaffCsvImport.Result result = read("name,email,school_urn,fte,start_date\n"
                + "Ada,ada@example.org,100001,1.0,2024-09-01\n");

        assertThat(result.errors()).extracting(CellError::row, CellError::column).containsExactly(tuple(1, "staff_group"));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void reportsEveryMissingColumn() {
        StaffCsvImport.Result result = read("name,email\nAda,ada@example.org\n");

        assertThat(result.errors()).extracting(CellError::column)
                .containsExactlyInAnyOrder("school_urn", "staff_group", "fte", "start_date");
    }

    @Test
    void reportsAFileWithAHeaderButNoRows() {
        StaffCsvImport.Result result = read(HEADER);

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(2);
            assertThat(error.message()).contains("no staff rows");
        });
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void acceptsExactlyTheMaximumNumberOfRows() {
        StaffCsvImport.Result result = read(HEADER
                + "Ada,ada@example.org,100001,teacher,1.0,2024-09-01\n"
                + "Bob,bob@example.org,100001,teacher,1.0,2024-09-01\n", 2);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(2);
    }

    @Test
    void rejectsTheWholeFileWhenItHasMoreThanTheMaximumRows() {
        StaffCsvImport.Result result = read(HEADER
                + "Ada,ada@example.org,100001,teacher,1.0,2024-09-01\n"
                + "Bob,bob@example.org,100001,teacher,1.0,2024-09-01\n"
                + "Cy,cy@example.org,100001,teacher,1.0,2024-09-01\n", 2);

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(4);
            assertThat(error.message()).contains("at most 2");
        });
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void rejectsAUkDateThatDoesNotExistInsteadOfMovingIt() {
        StaffCsvImport.Result result = read(HEADER + "Ann Lee,,,teacher,1.0,31/02/2024\n");
        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).extracting(e -> e.row() + ":" + e.column()).containsExactly("2:start_date");
    }
}
