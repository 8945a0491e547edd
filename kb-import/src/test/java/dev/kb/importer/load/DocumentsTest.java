package dev.kb.importer.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentsTest {

  private final Documents documents = new Documents(1_000);

  @Test
  void shouldAcceptPlainUtf8TextAndDropAByteOrderMark() {
    CaseDocument document =
        documents.fromBytes(
            "\uFEFFFièvre et œdème.".getBytes(StandardCharsets.UTF_8), "a.txt", null);

    assertThat(document.text()).isEqualTo("Fièvre et œdème.");
    assertThat(document.source()).isEqualTo("a.txt");
  }

  @Test
  void shouldRejectEmptyAndBlankText() {
    assertThatThrownBy(() -> documents.fromBytes(new byte[0], "e.txt", null))
        .isInstanceOf(RejectedDocumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> documents.fromString(" \n\t ", null, null))
        .hasMessageContaining("empty");
  }

  @Test
  void shouldRejectInvalidUtf8() {
    byte[] latin1 = "Fi\u00e8vre".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> documents.fromBytes(latin1, "l.txt", null))
        .isInstanceOf(RejectedDocumentException.class)
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void shouldRejectBinaryContent() {
    byte[] binary = {'P', 'K', 3, 4, 0, 0, 20, 0, 8, 0};

    assertThatThrownBy(() -> documents.fromBytes(binary, "b.txt", null))
        .isInstanceOf(RejectedDocumentException.class)
        .hasMessageContaining("binary");
  }

  @Test
  void shouldRejectTextOverTheSizeLimit() {
    byte[] big = "a".repeat(1_001).getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> documents.fromBytes(big, "big.txt", null))
        .isInstanceOf(RejectedDocumentException.class)
        .hasMessageContaining("1,000");
  }
}
