package org.canopy.platform.core.comparison;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canopy.platform.core.comparison.ExampleTrust.ATTENDANCE;
import static org.canopy.platform.core.comparison.ExampleTrust.PERSISTENT_ABSENCE;
import static org.canopy.platform.core.comparison.ExampleTrust.QUALITY;
import static org.canopy.platform.core.comparison.ExampleTrust.RESERVES;

class BoardPackTest {

    private static final List<String> PLACES = List.of("Ashchurch", "Badsey", "Bishops Cleeve", "Bredon", "Broadway",
            "Charlton Kings", "Cheltenham", "Churchdown", "Cinderford", "Coleford", "Droitwich", "Dursley", "Evesham",
            "Fairford", "Frampton", "Gloucester", "Hallow", "Hartpury", "Highnam", "Kempsey", "Ledbury", "Lydney",
            "Malvern", "Minchinhampton", "Mitcheldean", "Moreton", "Nailsworth", "Newent", "Northleach", "Ombersley",
            "Painswick", "Pershore", "Quedgeley", "Ross", "Ruardean", "Severn Beach", "Stonehouse", "Stroud", "Tetbury",
            "Tewkesbury", "Thornbury", "Upton", "Winchcombe", "Whitminster", "Woodchester", "Wotton", "Worcester",
            "Wychbold", "Yate", "Yorkley");

    private static byte[] pdf(TrustComparison comparison) throws IOException {
        return pdf(comparison, List.of());
    }

    private static byte[] pdf(TrustComparison comparison, List<String> headlines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BoardPack.write(ExampleTrust.NAME, comparison, headlines, out);
        return out.toByteArray();
    }

    private static String text(PdfReader reader, int page) throws IOException {
        return new PdfTextExtractor(reader).getTextFromPage(page).replaceAll("\\s+", " ");
    }

    /** A large trust, every tenth school without an attendance return. */
    private static TrustComparison fiftySchools() {
        List<ComparedSchool> schools = new ArrayList<>();
        MetricReadings.Builder readings = MetricReadings.builder();
        IntStream.range(0, PLACES.size()).forEach(i -> {
            boolean secondary = i % 4 == 0;
            ComparedSchool school = ExampleTrust.school(String.valueOf(136_000 + 37 * i),
                    PLACES.get(i) + (secondary ? " Academy" : " CE Primary School"), secondary ? "secondary" : "primary");
            schools.add(school);
            readings.add(ATTENDANCE.id(), school.id(), i % 10 == 3 ? null : BigDecimal.valueOf(890 + i % 9 * 7, 1))
                    .add(PERSISTENT_ABSENCE.id(), school.id(), BigDecimal.valueOf(80 + i * 3, 1))
                    .add(RESERVES.id(), school.id(), BigDecimal.valueOf(150 + i * 23L))
                    .add(QUALITY.id(), school.id(), BigDecimal.valueOf(1 + i % 3));
        });
        return TrustComparison.of(ExampleTrust.YEAR, ExampleTrust.PREVIOUS_YEAR, schools, ExampleTrust.METRICS,
                readings.build(), MetricReadings.none());
    }

    @Test
    void hasACoverTheTableAndAChartPerMetric() throws IOException {
        PdfReader reader = new PdfReader(pdf(ExampleTrust.comparison()));

        assertThat(reader.getNumberOfPages()).isEqualTo(2 + 4);
        assertThat(reader.getPageSizeWithRotation(2).getWidth()).as("landscape")
                .isGreaterThan(reader.getPageSizeWithRotation(2).getHeight());
    }

    @Test
    void coverSaysWhoAndWhen() throws IOException {
        String cover = text(new PdfReader(pdf(ExampleTrust.comparison())), 1);

        assertThat(cover).contains("Severn Vale Learning Trust", "Trust comparison", "2025/26", "Prepared for trustees")
                .containsPattern("Generated on \\d{1,2} [A-Z][a-z]+ \\d{4}");
    }

    @Test
    void tableShowsEverySchoolNoDataChangesAndRatingsInWords() throws IOException {
        String table = text(new PdfReader(pdf(ExampleTrust.comparison())), 2);

        assertThat(table).contains(ExampleTrust.SCHOOLS.stream().map(ComparedSchool::name).toList());
        assertThat(table).contains("no data", "95.2% (up)", "£412.50 (up)", "£0 (down)", "better", "worse", "at median",
                "Trust median", "£636.25");
    }

    @Test
    void fitsFiftySchoolsOnTheTablePage() throws IOException {
        TrustComparison large = fiftySchools();
        PdfReader reader = new PdfReader(pdf(large));

        assertThat(reader.getNumberOfPages()).isEqualTo(2 + 4);
        assertThat(text(reader, 2)).contains(ExampleTrust.names(large)).contains("no data", "Trust median");
    }

    @Test
    void chartsAMetricPerPageWithItsMedianAndTheSchoolsWithNoData() throws IOException {
        PdfReader reader = new PdfReader(pdf(ExampleTrust.comparison()));

        String attendance = text(reader, 3);
        assertThat(attendance).contains("Attendance, 2025/26", "Higher is better", "Trust median 94.9%", "96.1%",
                "The Ridgeway School", "no data");
        String reserves = text(reader, 5);
        assertThat(reserves).contains("Revenue reserves per pupil, 2025/26", "£1,230", "£0",
                "St Wulstan's CE Primary", "no data");
        assertThat(text(reader, 6)).contains("Quality of education grade, 2025/26", "Lower is better");
    }

    @Test
    void chartsFiftySchoolsOnOnePageEach() throws IOException {
        TrustComparison large = fiftySchools();
        String attendance = text(new PdfReader(pdf(large)), 3);

        assertThat(attendance).contains("Attendance, 2025/26", "Ashchurch Academy", "Yorkley CE Primary School", "no data");
    }

    @Test
    void chartsNegativeValuesFromTheLowestValue() throws IOException {
        ComparedSchool lydney = ExampleTrust.school("115800", "Lydney Church of England Primary School", "primary");
        ComparedSchool tewkesbury = ExampleTrust.school("136540", "Tewkesbury Academy", "secondary");
        MetricReadings deficits = MetricReadings.builder()
                .add(RESERVES.id(), lydney.id(), new BigDecimal("-210"))
                .add(RESERVES.id(), tewkesbury.id(), new BigDecimal("540"))
                .build();
        TrustComparison comparison = TrustComparison.of(ExampleTrust.YEAR, null, List.of(lydney, tewkesbury),
                List.of(RESERVES), deficits, null);

        String chart = text(new PdfReader(pdf(comparison)), 3);

        assertThat(chart).contains("-£210", "£540", "£0", "Trust median £165");
    }

    @Test
    void showsTheTrustsOwnRowInTheTableAndChartsOnlySchoolMetricsUnrated() throws IOException {
        PdfReader reader = new PdfReader(pdf(ExampleTrust.withSupplyCoverAndLevy()));

        assertThat(reader.getNumberOfPages()).as("cover, table, supply cover's chart").isEqualTo(3);
        assertThat(text(reader, 2)).contains("Levy expiring in 3 months (trust)", "Trust (central)", "£4,200 (down)",
                "61.5%", "not rated");
        assertThat(text(reader, 3)).contains("CPD spend on supply cover, 2025/26", "shown, not rated",
                "Trust median 21.5%");
    }

    @Test
    void theCoverCarriesTheModulesHeadlines() throws IOException {
        String cover = text(new PdfReader(pdf(ExampleTrust.comparison(), List.of("Of 6 schools audited more than once, 100% improved"))), 1);

        assertThat(cover).contains("Of 6 schools audited more than once, 100% improved");
        assertThat(text(new PdfReader(pdf(ExampleTrust.comparison())), 1)).doesNotContain("audited");
    }

    @Test
    void leavesTheStreamOpen() throws IOException {
        ClosingCheck out = new ClosingCheck();

        BoardPack.write(ExampleTrust.NAME, ExampleTrust.comparison(), List.of(), out);

        assertThat(out.closed).isFalse();
        assertThat(out.size()).isPositive();
    }

    private static final class ClosingCheck extends ByteArrayOutputStream {
        private boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
