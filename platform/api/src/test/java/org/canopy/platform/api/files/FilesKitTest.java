package org.canopy.platform.api.files;

import org.canopy.platform.api.Upload;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class FilesKitTest {

    private static final FileTypes ALWAYS_PNG = (content, filename) -> "image/png";
    private final UploadPolicy images = new UploadPolicy("The photo", Set.of("image/png"), "a PNG image", 1024 * 1024);

    @Test
    void theStoredTypeIsTheDetectedOneNotTheBrowsers() {
        Upload claimed = new Upload("board.png", "text/html", new byte[]{1, 2, 3});
        assertThat(images.accept(claimed, ALWAYS_PNG, "photo").contentType()).isEqualTo("image/png");
    }

    @Test
    void refusalsSayWhatIsWrongInTheUsersWords() {
        assertThat(images.refusal(new Upload("a.png", "image/png", new byte[1024 * 1024 + 1]), ALWAYS_PNG))
                .contains("The photo must be smaller than 1 MB");
        assertThat(images.refusal(new Upload("a.png", "image/png", new byte[]{1}), (content, name) -> "text/html"))
                .contains("The photo must be a PNG image");
        assertThat(images.refusal(new Upload("a.png", "image/png", new byte[0]), ALWAYS_PNG)).contains("The photo is empty");
        assertThat(UploadPolicy.size(500 * 1024)).isEqualTo("500 KB");
    }

    @Test
    void linkTokensAreLongUrlSafeAndNeverTheSame() {
        Set<String> tokens = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> tokens.add(LinkTokens.next()));
        assertThat(tokens).hasSize(1000).allSatisfy(token -> assertThat(LinkTokens.looksLikeToken(token)).isTrue());
        assertThat(LinkTokens.looksLikeToken("../../etc/passwd")).isFalse();
        assertThat(LinkTokens.looksLikeToken(null)).isFalse();
    }
}
