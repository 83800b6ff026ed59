package org.canopy.platform.api.csv;

/**
 * One problem in an imported CSV file, where a spreadsheet shows it: {@code row} counts the header
 * as row 1 (the first data row is 2); {@code column} is the header's name, empty for the whole row.
 */
public record CellError(int row, String column, String message) {

    /** "Row 3, email: Enter an email address", for an error summary. */
    public String describe() {
        return "Row " + row + (column.isEmpty() ? "" : ", " + column) + ": " + message;
    }
}
