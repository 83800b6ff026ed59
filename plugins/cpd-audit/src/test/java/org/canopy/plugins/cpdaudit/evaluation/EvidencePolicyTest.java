package org.canopy.plugins.cpdaudit.evaluation;

import org.canopy.platform.api.Upload;
import org.canopy.platform.api.files.FileTypes;
import org.canopy.platform.api.problem.ModuleProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The policy decides by what the content is (the core's detector, here one that reads a PDF's or HTML's first bytes). */
class EvidencePolicyTest {

    private static final FileTypes BY_CONTENT = (content, filename) -> new String(content, 0, Math.min(5, content.length))
            .equals("%PDF-") ? "application/pdf" : "text/html";

    @Test
    void theTypeComesFromTheContentNotFromTheBrowserOrTheName() {
        Upload pdfCalledHtml = new Upload("log.html", "text/html", "%PDF-1.4 log".getBytes());
        assertThat(EvidencePolicy.POLICY.accept(pdfCalledHtml, BY_CONTENT, "file").contentType()).isEqualTo("application/pdf");
        Upload pageCalledPdf = new Upload("log.pdf", "application/pdf", "<script>alert(1)</script>".getBytes());
        assertThatThrownBy(() -> EvidencePolicy.POLICY.accept(pageCalledPdf, BY_CONTENT, "file"))
                .isInstanceOfSatisfying(ModuleProblem.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.errors().get(0).field()).isEqualTo("file");
                    assertThat(refused.errors().get(0).message()).contains("PDF, Word");
                });
    }

    @Test
    void emptyOversizeAndUnknownFilesAreRefusedWithAReason() {
        assertThat(EvidencePolicy.POLICY.refusal(pdf(1024), BY_CONTENT)).isEmpty();
        assertThat(EvidencePolicy.POLICY.refusal(pdf(EvidencePolicy.MAX_BYTES), BY_CONTENT)).isEmpty();
        assertThat(EvidencePolicy.POLICY.refusal(pdf(EvidencePolicy.MAX_BYTES + 1), BY_CONTENT)).hasValueSatisfying(p -> assertThat(p).contains("5 MB"));
        assertThat(EvidencePolicy.POLICY.refusal(new Upload("log.pdf", "application/pdf", new byte[0]), BY_CONTENT))
                .hasValueSatisfying(p -> assertThat(p).contains("empty"));
        assertThat(EvidencePolicy.POLICY.refusal(new Upload("x".repeat(256) + ".pdf", "application/pdf", "%PDF-".getBytes()), BY_CONTENT))
                .hasValueSatisfying(p -> assertThat(p).contains("255"));
    }

    private static Upload pdf(int size) {
        byte[] content = new byte[size];
        System.arraycopy("%PDF-".getBytes(), 0, content, 0, 5);
        return new Upload("log.pdf", "application/pdf", content);
    }
}
