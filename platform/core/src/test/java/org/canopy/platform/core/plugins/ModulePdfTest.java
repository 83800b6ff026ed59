package org.canopy.platform.core.plugins;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.canopy.platform.api.pdf.PdfReport;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ModulePdfTest {

    @Test
    void aReportHasItsTitleLanguagePageNumbersTableAndChart() throws IOException {
        List<List<String>> rows = IntStream.rangeClosed(1, 120).mapToObj(i -> List.of("School " + i, String.valueOf(i))).toList();
        PdfReport report = PdfReport.titled("Oak Trust: CPD audits 2026/27").language("en-GB")
                .heading("Schools").table(List.of("School", "Level"), List.of(3f, 1f), rows)
                .heading("Levels").image(chart(), "Bar chart of the schools' levels")
                .small("Figures as published.").build();

        PdfReader pdf = new PdfReader(ModulePdf.INSTANCE.render(report));

        assertThat(pdf.getNumberOfPages()).as("120 rows run over pages").isGreaterThan(2);
        assertThat(pdf.getInfo().get("Title")).isEqualTo("Oak Trust: CPD audits 2026/27");
        assertThat(pdf.getCatalog().getAsString(PdfName.LANG).toString()).isEqualTo("en-GB");
        PdfTextExtractor text = new PdfTextExtractor(pdf);
        assertThat(text.getTextFromPage(1)).contains("Oak Trust: CPD audits 2026/27", "School 1", "Page 1");
        assertThat(text.getTextFromPage(2)).as("the header row repeats").contains("School", "Level", "Page 2");
    }

    private static byte[] chart() throws IOException {
        BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(10, 10, 100, 100);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
