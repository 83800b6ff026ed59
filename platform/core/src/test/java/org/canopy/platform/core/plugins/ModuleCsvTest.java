package org.canopy.platform.core.plugins;

import org.canopy.platform.api.csv.CellError;
import org.canopy.platform.api.csv.CsvImport;
import org.canopy.platform.api.csv.InvalidCsv;
import org.canopy.platform.core.http.ProblemException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModuleCsvTest {

    private final ModuleCsv csv = ModuleCsv.INSTANCE;

    @Test
    void anExportOpensInExcelWithNamesRightAndNoFormulaRun() {
        byte[] file = csv.export(List.of("Name", "Score", "Since"), List.of(
                Arrays.asList("Zoë O'Brien, Year 6", -3, LocalDate.of(2025, 9, 4)),
                Arrays.asList("=HYPERLINK(\"http://evil\")", null, null),
                Arrays.asList("@SUM(A1)", 2.5, null)));
        assertThat(Arrays.copyOf(file, 3)).as("UTF-8 byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, StandardCharsets.UTF_8).substring(1)).isEqualTo("""
                Name,Score,Since\r
                "Zoë O'Brien, Year 6",-3,2025-09-04\r
                "'=HYPERLINK(""http://evil"")",,\r
                '@SUM(A1),2.5,\r
                """);
    }

    @Test
    void anImportIsAllOrNothingWithEachProblemByRowAndColumn() {
        String file = "\uFEFFText,Other\nFirst note,x\n,y\nThird note,z\n";
        CsvImport<String> read = csv.read(file.getBytes(StandardCharsets.UTF_8), List.of("text"), 10, row -> {
            String text = row.cell("text").orElse("");
            if (text.isEmpty()) {
                row.error("text", "Enter a note");
            }
            return text;
        });
        assertThat(read.rows()).as("nothing to commit").isEmpty();
        assertThat(read.errors()).containsExactly(new CellError(3, "text", "Enter a note"));
        assertThatThrownBy(read::orRefuse).isInstanceOfSatisfying(InvalidCsv.class, refused -> {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(ProblemException.of(refused).problem().rows()).singleElement()
                    .satisfies(cell -> assertThat(cell.row()).isEqualTo(3));
        });
    }

    @Test
    void aGoodFileIsAPreviewOfEveryRow() {
        CsvImport<String> read = csv.read("text\nOne\nTwo\n".getBytes(StandardCharsets.UTF_8), List.of("text"), 10,
                row -> row.cell("text").orElseThrow());
        assertThat(read.orRefuse()).containsExactly("One", "Two");
    }

    @Test
    void aMissingColumnOrTooManyRowsIsReported() {
        assertThat(csv.read("name\nx\n".getBytes(StandardCharsets.UTF_8), List.of("text"), 10, row -> "").errors())
                .singleElement().satisfies(error -> assertThat(error.row()).isEqualTo(1));
        assertThat(csv.read("text\na\nb\nc\n".getBytes(StandardCharsets.UTF_8), List.of("text"), 2, row -> "").errors())
                .singleElement().satisfies(error -> assertThat(error.row()).isEqualTo(4));
    }
}
