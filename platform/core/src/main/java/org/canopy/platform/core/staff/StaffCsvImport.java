package org.canopy.platform.core.staff;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.canopy.platform.core.common.FieldError;
import org.canopy.platform.core.common.FieldErrors;
import org.canopy.platform.core.common.InputValidator;
import org.canopy.platform.core.common.CellError;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Reads a staff CSV export into validated rows, or into a report of every bad cell. Rows are
 * numbered as a spreadsheet shows them (the header is row 1). Nothing here writes: the caller
 * saves the rows only when the report is empty, so an import is all or nothing.
 */
public final class StaffCsvImport {

    public static final List<String> REQUIRED_COLUMNS = List.of("name", "school_urn", "staff_group", "fte", "start_date");
    public static final String EMAIL = "email";
    public static final String LEFT = "left_date";

    private static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "name", "name", "email", EMAIL, "schoolUrn", "school_urn", "staffGroup", "staff_group",
            "fte", "fte", "startedOn", "start_date", "leftOn", LEFT);
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT); // 31/02/2024 is an error, not 29 February
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true)
            .get();

    private final InputValidator validator;
    private final Map<String, UUID> schoolsByUrn;
    private final Set<String> existingEmails;
    private final int maxRows;
    private final Predicate<UUID> schoolAllowed;

    /** @param schoolAllowed whether the importer may put staff in a school (null: the central team) */
    public StaffCsvImport(InputValidator validator, Map<String, UUID> schoolsByUrn, Set<String> existingEmails, int maxRows,
                          Predicate<UUID> schoolAllowed) {
        this.validator = validator;
        this.schoolsByUrn = schoolsByUrn;
        this.existingEmails = existingEmails;
        this.maxRows = maxRows;
        this.schoolAllowed = schoolAllowed;
    }

    /** An importer who may put staff in any school. */
    public StaffCsvImport(InputValidator validator, Map<String, UUID> schoolsByUrn, Set<String> existingEmails, int maxRows) {
        this(validator, schoolsByUrn, existingEmails, maxRows, school -> true);
    }

    public record Result(List<StaffDetails> rows, List<CellError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public Result read(Reader csv) {
        List<StaffDetails> rows = new ArrayList<>();
        List<CellError> errors = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(csv)) {
            Set<String> header = new HashSet<>();
            parser.getHeaderNames().forEach(name -> header.add(name.toLowerCase(Locale.ROOT)));
            for (String column : REQUIRED_COLUMNS) {
                if (!header.contains(column)) {
                    errors.add(new CellError(1, column, "column missing from the header row (expected "
                            + String.join(",", REQUIRED_COLUMNS) + ", optionally " + EMAIL + " and " + LEFT + ")"));
                }
            }
            if (!errors.isEmpty()) {
                return new Result(List.of(), errors);
            }
            Map<String, Integer> emailRows = new HashMap<>();
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber() + 1;
                if (row - 1 > maxRows) {
                    errors.add(new CellError(row, "", "too many rows: import at most " + maxRows + " at a time"));
                    break;
                }
                StaffDetails details = readRow(record, row, errors);
                // checked even on a row with other errors, so the report lists every problem at once
                boolean emailFree = checkEmail(cell(record, EMAIL), row, emailRows, errors);
                if (details != null && emailFree) {
                    rows.add(details);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(new CellError(0, "", "not a readable CSV file: " + e.getMessage()));
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add(new CellError(2, "", "the file has a header but no staff rows"));
        }
        return new Result(errors.isEmpty() ? rows : List.of(), errors);
    }

    private StaffDetails readRow(CSVRecord record, int row, List<CellError> errors) {
        List<CellError> cellErrors = new ArrayList<>();
        BigDecimal fte = parse(record, "fte", row, cellErrors, text -> new BigDecimal(text), "must be a number such as 1.0 or 0.6");
        LocalDate started = parse(record, "start_date", row, cellErrors, StaffCsvImport::date, "must be a date such as 2024-09-01 or 01/09/2024");
        LocalDate left = parse(record, LEFT, row, cellErrors, StaffCsvImport::date, "must be a date such as 2024-09-01 or 01/09/2024");
        StaffInput input = new StaffInput(cell(record, "name"), cell(record, EMAIL), cell(record, "school_urn"),
                cell(record, "staff_group"), fte, started, left);
        FieldErrors fieldErrors = new FieldErrors();
        StaffDetails details = input.validate(validator, schoolsByUrn, fieldErrors);
        for (FieldError error : fieldErrors.list()) {
            String column = COLUMN_OF_FIELD.getOrDefault(error.field(), error.field());
            boolean alreadyReported = cellErrors.stream().anyMatch(e -> e.column().equals(column));
            if (!alreadyReported) {
                cellErrors.add(new CellError(row, column, error.message()));
            }
        }
        if (details != null && !schoolAllowed.test(details.schoolId())) {
            cellErrors.add(new CellError(row, "school_urn", details.schoolId() == null
                    ? "you may not add central team staff" : "not one of the schools you lead"));
        }
        errors.addAll(cellErrors);
        return cellErrors.isEmpty() ? details : null;
    }

    private boolean checkEmail(String cell, int row, Map<String, Integer> emailRows, List<CellError> errors) {
        if (cell == null) {
            return true;
        }
        String email = cell.trim().toLowerCase(Locale.ROOT);
        if (existingEmails.contains(email)) {
            errors.add(new CellError(row, EMAIL, "a staff member with this email already exists"));
            return false;
        }
        Integer earlier = emailRows.putIfAbsent(email, row);
        if (earlier != null) {
            errors.add(new CellError(row, EMAIL, "the same email is on row " + earlier));
            return false;
        }
        return true;
    }

    private static String cell(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value.isEmpty() ? null : value;
    }

    private static <T> T parse(CSVRecord record, String column, int row, List<CellError> errors,
                               java.util.function.Function<String, T> parser, String message) {
        String text = cell(record, column);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (NumberFormatException | DateTimeParseException e) {
            errors.add(new CellError(row, column, message));
            return null;
        }
    }

    private static LocalDate date(String text) {
        return text.contains("/") ? LocalDate.parse(text, UK_DATE) : LocalDate.parse(text);
    }
}
