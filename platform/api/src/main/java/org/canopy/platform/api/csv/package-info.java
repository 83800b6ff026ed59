/**
 * CSV export and all-or-nothing import ({@link org.canopy.platform.api.csv.CsvFiles}, from
 * {@code ModuleContext.csv()}), with a report by row and column.
 */
package org.canopy.platform.api.csv;
