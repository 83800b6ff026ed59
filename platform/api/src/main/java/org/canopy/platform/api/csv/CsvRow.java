package org.canopy.platform.api.csv;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One data row of an imported CSV file, read by a module's {@link CsvFiles.RowReader}: cells by
 * column name (trimmed; the header's case does not matter), and the errors found in it.
 */
public final class CsvRow {

    private final int row;
    private final Map<String, String> cells;
    private final List<CellError> errors;

    /** The core builds rows; {@code errors} is the import's list, which {@link #error} adds to. */
    public CsvRow(int row, Map<String, String> cells, List<CellError> errors) {
        this.row = row;
        this.cells = Map.copyOf(cells);
        this.errors = errors;
    }

    /** The row as a spreadsheet numbers it (the header is 1). */
    public int row() {
        return row;
    }

    /** The cell of {@code column}, empty when blank. */
    public Optional<String> cell(String column) {
        return Optional.ofNullable(cells.get(column)).filter(value -> !value.isBlank());
    }

    /** Reports a problem with {@code column} of this row. */
    public void error(String column, String message) {
        errors.add(new CellError(row, column, message));
    }

    /** Whether any problem was reported for this row. */
    public boolean hasErrors() {
        return errors.stream().anyMatch(error -> error.row() == row);
    }
}
