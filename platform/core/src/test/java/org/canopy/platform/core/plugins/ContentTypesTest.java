package org.canopy.platform.core.plugins;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a module's upload is, by its bytes: the name never makes a file into another type. */
class ContentTypesTest {

    private final ContentTypes types = ContentTypes.INSTANCE;

    @Test
    void magicBytesDecide() {
        assertThat(types.detect("%PDF-1.4\n% CPD log".getBytes(StandardCharsets.US_ASCII), "log.pdf")).isEqualTo("application/pdf");
        assertThat(types.detect(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}, "photo.png")).isEqualTo("image/png");
        assertThat(types.detect("09:00 coaching cycle review\n".getBytes(StandardCharsets.UTF_8), "agenda.txt")).isEqualTo("text/plain");
    }

    @Test
    void aNameCannotDisguiseThePage() {
        byte[] page = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThat(types.detect(page, "page.html")).isEqualTo("text/html");
        assertThat(types.detect("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), "minutes.docx")).isEqualTo("application/pdf");
        assertThat(types.detect(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}, "log.pdf")).isEqualTo("image/png");
    }

    @Test
    void aNameRefinesAContainerTheBytesShow() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(types.detect(zip.toByteArray(), "minutes.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }
}
