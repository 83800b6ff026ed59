package org.canopy.platform.core.http;

import org.canopy.platform.core.common.CellError;
import org.canopy.platform.core.common.Conflict;
import org.canopy.platform.core.common.FieldError;
import org.canopy.platform.core.common.Forbidden;
import org.canopy.platform.core.common.InvalidInput;
import org.canopy.platform.core.common.InvalidRows;
import org.canopy.platform.core.common.NotFound;
import org.canopy.platform.core.common.StaleVersion;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The API's answer to each kind of refusal a service raises: the status and problem type clients rely on. */
class RefusalAnswersTest {

    @Test
    void aMissingRecordIs404NamingIt() {
        Problem problem = ProblemException.of(new NotFound("School 42")).problem();
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.type()).isEqualTo("urn:canopy:problem:not-found");
        assertThat(problem.detail()).isEqualTo("School 42 was not found.");
    }

    @Test
    void forbiddenConflictAndStaleVersionKeepTheirStatusesAndTypes() {
        assertThat(ProblemException.of(new Forbidden("Only the CEO.")).problem())
                .extracting(Problem::status, Problem::type, Problem::detail)
                .containsExactly(403, "urn:canopy:problem:forbidden", "Only the CEO.");
        assertThat(ProblemException.of(new Conflict("URN taken.")).problem())
                .extracting(Problem::status, Problem::type).containsExactly(409, "urn:canopy:problem:conflict");
        assertThat(ProblemException.of(new StaleVersion()).problem())
                .extracting(Problem::status, Problem::type).containsExactly(412, "urn:canopy:problem:stale-version");
    }

    @Test
    void invalidInputNamesEveryField() {
        Problem problem = ProblemException.of(new InvalidInput(List.of(new FieldError("urn", "must be 6 digits"),
                new FieldError("name", "is required")))).problem();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("urn:canopy:problem:invalid-input");
        assertThat(problem.detail()).isEqualTo("The request has 2 invalid fields.");
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("urn", "name");
    }

    @Test
    void aCsvWithBadCellsReportsEachRowAndColumn() {
        Problem problem = ProblemException.of(new InvalidRows(List.of(new CellError(3, "email", "is not an email")))).problem();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("urn:canopy:problem:csv-invalid");
        assertThat(problem.rows()).extracting(CellError::row, CellError::column).containsExactly(tuple(3, "email"));
        assertThat(problem.errors()).isNull();
    }
}
