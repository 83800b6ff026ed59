package org.canopy.platform.core.comparison;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canopy.platform.core.comparison.ExampleTrust.ATTENDANCE;
import static org.canopy.platform.core.comparison.ExampleTrust.RESERVES;
import static org.canopy.platform.core.comparison.ExampleTrust.school;

class ComparisonCsvTest {

    private static String csv(TrustComparison comparison) throws IOException {
        StringWriter out = new StringWriter();
        ComparisonCsv.write(comparison, out);
        return out.toString();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    private static TrustComparison oneSchool(ComparedSchool school) {
        MetricReadings thisYear = MetricReadings.builder().add(ATTENDANCE.id(), school.id(), new BigDecimal("93.4")).build();
        MetricReadings lastYear = MetricReadings.builder().add(ATTENDANCE.id(), school.id(), new BigDecimal("94.1")).build();
        return TrustComparison.of(ExampleTrust.YEAR, ExampleTrust.PREVIOUS_YEAR, List.of(school), List.of(ATTENDANCE),
                thisYear, lastYear);
    }

    @Test
    void headsEachMetricWithValueChangeAndMedianColumns() throws IOException {
        List<CSVRecord> records = parse(csv(ExampleTrust.comparison()));

        assertThat(records.get(0).toList()).containsExactly("School", "URN", "Phase",
                "Attendance", "Attendance change on 2024/25", "Attendance vs trust median",
                "Persistent absence", "Persistent absence change on 2024/25", "Persistent absence vs trust median",
                "Revenue reserves per pupil", "Revenue reserves per pupil change on 2024/25",
                "Revenue reserves per pupil vs trust median",
                "Quality of education grade", "Quality of education grade change on 2024/25",
                "Quality of education grade vs trust median");
        assertThat(records).hasSize(6);
    }

    @Test
    void writesPlainNumbersAndNoDataForSpreadsheets() throws IOException {
        List<CSVRecord> records = parse(csv(ExampleTrust.comparison()));

        assertThat(records.get(1).toList()).containsExactly("Abbey Fields Primary Academy", "141203", "primary",
                "95.2", "0.4", "better", "12.4", "-1.6", "better", "412.5", "32.5", "worse", "2", "-1", "at median");
        assertThat(records.get(5).toList()).containsExactly("The Ridgeway School", "137602", "secondary",
                "no data", "no data", "no data", "21", "0.5", "worse", "860", "0", "better", "2", "0", "at median");
    }

    @Test
    void saysChangeOnPreviousYearWhenThereIsNone() throws IOException {
        TrustComparison firstYear = TrustComparison.of(ExampleTrust.YEAR, null, ExampleTrust.SCHOOLS, List.of(RESERVES),
                ExampleTrust.thisYear(), null);

        List<CSVRecord> records = parse(csv(firstYear));

        assertThat(records.get(0).get(4)).isEqualTo("Revenue reserves per pupil change on previous year");
        assertThat(records.get(2).get(4)).isEqualTo("no data");
    }

    @Test
    void saysNotRatedWithoutABetterDirectionAndEndsWithTheTrustsOwnRow() throws IOException {
        String csv = csv(ExampleTrust.withSupplyCoverAndLevy());
        List<CSVRecord> records = parse(csv);

        assertThat(csv).endsWith("\r\nTrust (central),,,,,,4200,-5600,61.5,no data\r\n");
        assertThat(records.get(0).toList()).containsExactly("School", "URN", "Phase", "CPD spend on supply cover",
                "CPD spend on supply cover change on 2024/25", "CPD spend on supply cover vs trust median",
                "Levy expiring in 3 months (trust)", "Levy expiring in 3 months (trust) change on 2024/25",
                "Levy used over 24 months (trust)", "Levy used over 24 months (trust) change on 2024/25");
        assertThat(records.get(1).toList()).containsExactly("Abbey Fields Primary Academy", "141203", "primary",
                "18", "-4", "not rated", "", "", "", "");
        assertThat(records).hasSize(7);
        assertThat(records.get(6).toList()).containsExactly("Trust (central)", "", "", "", "", "",
                "4200", "-5600", "61.5", "no data");
    }

    @Test
    void followsRfc4180() throws IOException {
        String csv = csv(oneSchool(school("145018", "Holy Trinity, Church of England \"Voluntary\" Academy", "primary")));

        assertThat(csv).contains("\r\n").endsWith("\r\n");
        assertThat(csv).contains(
                "\"Holy Trinity, Church of England \"\"Voluntary\"\" Academy\",145018,primary,93.4,-0.7,at median\r\n");
        assertThat(parse(csv).get(1).get(0)).isEqualTo("Holy Trinity, Church of England \"Voluntary\" Academy");
    }

    @Test
    void defusesTextThatASpreadsheetWouldRunAsAFormula() throws IOException {
        for (String name : List.of("=HYPERLINK(\"http://evil.example\",\"Click\")", "+44 Academy", "-2+3", "@SUM(A1)",
                "\tTabbed", "\rReturned")) {
            CSVRecord row = parse(csv(oneSchool(school("100200", name, "primary")))).get(1);

            assertThat(row.get(0)).as(name).isEqualTo("'" + name);
        }
    }

    @Test
    void leavesNegativeNumbersAsNumbers() throws IOException {
        CSVRecord row = parse(csv(oneSchool(school("100200", "Oakwood Primary", "primary")))).get(1);

        assertThat(row.get(0)).isEqualTo("Oakwood Primary");
        assertThat(row.get(4)).as("93.4 down from 94.1").isEqualTo("-0.7");
    }
}
