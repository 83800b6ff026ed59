package org.canopy.plugins.cpdaudit.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidencePolicyTest {

    @Test
    void theTypeComesFromTheExtensionNotFromTheBrowser() {
        assertThat(EvidencePolicy.contentTypeOf("CPD log.PDF")).contains("application/pdf");
        assertThat(EvidencePolicy.contentTypeOf("minutes.docx")).hasValueSatisfying(type -> assertThat(type).contains("wordprocessingml"));
        assertThat(EvidencePolicy.contentTypeOf("page.html")).isEmpty();
        assertThat(EvidencePolicy.contentTypeOf("script.pdf.exe")).isEmpty();
        assertThat(EvidencePolicy.contentTypeOf("no-extension")).isEmpty();
    }

    @Test
    void emptyOversizeAndUnknownFilesAreRefusedWithAReason() {
        assertThat(EvidencePolicy.problemWith("log.pdf", 1024)).isEmpty();
        assertThat(EvidencePolicy.problemWith("log.pdf", EvidencePolicy.MAX_BYTES)).isEmpty();
        assertThat(EvidencePolicy.problemWith("log.pdf", EvidencePolicy.MAX_BYTES + 1)).hasValueSatisfying(p -> assertThat(p).contains("5 MB"));
        assertThat(EvidencePolicy.problemWith("log.pdf", 0)).hasValueSatisfying(p -> assertThat(p).contains("empty"));
        assertThat(EvidencePolicy.problemWith("index.html", 10)).hasValueSatisfying(p -> assertThat(p).contains("PDF"));
    }
}
