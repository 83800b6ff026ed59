package org.canopy.platform.core.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Attachment names that survive any browser and cannot break out of the header. */
class AttachmentTest {

    @Test
    void aPlainNameIsSentAsItIs() {
        assertThat(Attachment.contentDisposition("board-pack.pdf"))
                .isEqualTo("attachment; filename=\"board-pack.pdf\"; filename*=UTF-8''board-pack.pdf");
    }

    @Test
    void anyOtherCharacterIsPercentEncodedWithAnAsciiFallback() {
        assertThat(Attachment.contentDisposition("Évaluation été 2026.pdf"))
                .isEqualTo("attachment; filename=\"-valuation--t--2026.pdf\"; filename*=UTF-8''%C3%89valuation%20%C3%A9t%C3%A9%202026.pdf");
    }

    @Test
    void quotesLineBreaksAndDirectoriesCannotBreakTheHeader() {
        assertThat(Attachment.contentDisposition("..\\..\\evil\".html\r\nSet-Cookie: x=1"))
                .isEqualTo("attachment; filename=\"evil-.htmlSet-Cookie--x-1\"; filename*=UTF-8''evil%22.htmlSet-Cookie%3A%20x%3D1");
        assertThat(Attachment.baseName("C:\\Users\\amy\\notes.txt")).isEqualTo("notes.txt");
        assertThat(Attachment.baseName("/home/amy/notes.txt")).isEqualTo("notes.txt");
        assertThat(Attachment.contentDisposition("/")).startsWith("attachment; filename=\"download\"");
    }
}
