package dev.kb.importer.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Turns raw bytes or strings into {@link CaseDocument}s, rejecting what is not a case report's
 * text: empty, binary, larger than the limit, or not valid UTF-8.
 */
public final class Documents {

  /** The default size limit: far above any case report, far below what could exhaust memory. */
  public static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

  private final int maxBytes;

  public Documents(int maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    this.maxBytes = maxBytes;
  }

  public Documents() {
    this(DEFAULT_MAX_BYTES);
  }

  /** Reads a file as a case report; the file name becomes its source. */
  public CaseDocument read(Path file) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new RejectedDocumentException("cannot read the file: " + e.getMessage());
    }
    if (size > maxBytes) {
      throw new RejectedDocumentException(
          "the file has %,d bytes, over the limit of %,d".formatted(size, maxBytes));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return fromBytes(in.readNBytes(maxBytes + 1), file.getFileName().toString(), null);
    } catch (IOException e) {
      throw new RejectedDocumentException("cannot read the file: " + e.getMessage());
    }
  }

  /** Checks bytes that should hold UTF-8 text. */
  public CaseDocument fromBytes(byte[] bytes, @Nullable String source, @Nullable String title) {
    if (bytes.length > maxBytes) {
      throw new RejectedDocumentException(
          "the text has more than %,d bytes, the limit".formatted(maxBytes));
    }
    return fromString(decode(bytes), source, title);
  }

  /** Decodes UTF-8 strictly: a malformed byte rejects the document instead of becoming '?'. */
  public String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new RejectedDocumentException("the text is not valid UTF-8 (" + e.getMessage() + ")");
    }
  }

  /** The size limit of one document, in UTF-8 bytes. */
  public int maxBytes() {
    return maxBytes;
  }

  /** Checks a string given directly (the API's import). */
  public CaseDocument fromString(String raw, @Nullable String source, @Nullable String title) {
    String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    if (text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      throw new RejectedDocumentException(
          "the text has more than %,d bytes, the limit".formatted(maxBytes));
    }
    if (text.isBlank()) {
      throw new RejectedDocumentException("the text is empty");
    }
    if (looksBinary(text)) {
      throw new RejectedDocumentException("the content looks binary, not text");
    }
    return new CaseDocument(text, source, title);
  }

  /** NUL characters, or more than one in fifty characters being control characters. */
  static boolean looksBinary(String text) {
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control * 50 > text.length();
  }
}
