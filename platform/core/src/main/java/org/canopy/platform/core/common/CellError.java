package org.canopy.platform.core.common;

/** An error in an uploaded table: {@code row} is the spreadsheet row (the header is row 1, the first data row is 2). */
public record CellError(int row, String column, String message) {
}
