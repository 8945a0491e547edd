package dev.kb.importer.cli;

import dev.kb.importer.load.CaseDocument;
import dev.kb.importer.load.Documents;
import dev.kb.importer.load.RejectedDocumentException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents of a batch: each {@code .txt} file is one, each line of a {@code .jsonl} file is
 * one ({@code {"text": "...", "title": "...", "source": "..."}}, only {@code text} required).
 *
 * <p>Every document is checked on its own: a bad line or file is handed on as a rejection with its
 * reason, and the rest of the batch goes on. JSON lines are split on bytes and decoded line by
 * line, so one mis-encoded line costs only that line.
 */
final class Batch {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One document of the batch, or why it cannot be one. */
  record Item(String label, @Nullable CaseDocument document, @Nullable String rejection) {}

  private final List<Path> files;
  private final Documents documents;

  Batch(List<Path> files, Documents documents) {
    this.files = List.copyOf(files);
    this.documents = documents;
  }

  /** Files as given; folders walked for {@code *.txt} and {@code *.jsonl}, sorted. */
  static Batch of(List<Path> paths, Documents documents) {
    return new Batch(Inputs.expand(paths, ".txt", ".jsonl"), documents);
  }

  /** How many documents the batch holds: text files, plus the non-blank lines of JSON files. */
  long count() {
    long count = 0;
    for (Path file : files) {
      count += isJsonLines(file) ? countLines(file) : 1;
    }
    return count;
  }

  /** Hands each document to {@code sink}, in order. */
  void forEach(Consumer<Item> sink) {
    for (Path file : files) {
      if (isJsonLines(file)) {
        readJsonLines(file, sink);
      } else {
        try {
          sink.accept(new Item(file.toString(), documents.read(file), null));
        } catch (RejectedDocumentException e) {
          sink.accept(new Item(file.toString(), null, e.getMessage()));
        }
      }
    }
  }

  private static boolean isJsonLines(Path file) {
    return file.getFileName().toString().endsWith(".jsonl");
  }

  private void readJsonLines(Path file, Consumer<Item> sink) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      int lineNumber = 0;
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      boolean more = true;
      while (more) {
        line.reset();
        more = readLine(in, line, documents.maxBytes() * 8L);
        lineNumber++;
        byte[] bytes = line.toByteArray();
        if (isBlank(bytes)) {
          continue;
        }
        String label = file + ":" + lineNumber;
        sink.accept(jsonItem(label, bytes));
      }
    } catch (IOException e) {
      sink.accept(new Item(file.toString(), null, "cannot read the file: " + e.getMessage()));
    }
  }

  private Item jsonItem(String label, byte[] bytes) {
    try {
      // Strict UTF-8 first, so a mis-encoded line is named as such, not as bad JSON.
      String json = documents.decode(bytes);
      JsonNode node = JSON.readTree(json);
      if (node == null || !node.isObject()) {
        return new Item(label, null, "the line is not a JSON object");
      }
      JsonNode text = node.get("text");
      if (text == null || !text.isString()) {
        return new Item(label, null, "the line has no \"text\" string");
      }
      return new Item(
          label,
          documents.fromString(
              text.stringValue(), string(node, "source", label), string(node, "title", null)),
          null);
    } catch (RejectedDocumentException e) {
      return new Item(label, null, e.getMessage());
    } catch (JacksonException e) {
      return new Item(label, null, "the line is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static @Nullable String string(JsonNode node, String field, @Nullable String fallback) {
    JsonNode value = node.get(field);
    return value != null && value.isString() ? value.stringValue() : fallback;
  }

  /**
   * Reads up to the next newline into {@code line}; bytes past {@code limit} are dropped (the line
   * will then be rejected as too long). Returns whether more input follows.
   */
  private static boolean readLine(InputStream in, ByteArrayOutputStream line, long limit)
      throws IOException {
    long read = 0;
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        return true;
      }
      if (read++ < limit) {
        line.write(b);
      }
    }
    return false;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static long countLines(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      long lines = 0;
      boolean content = false;
      int b;
      while ((b = in.read()) != -1) {
        if (b == '\n') {
          lines += content ? 1 : 0;
          content = false;
        } else if (b != ' ' && b != '\t' && b != '\r') {
          content = true;
        }
      }
      return lines + (content ? 1 : 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** For tests: every item at once. */
  List<Item> items() {
    List<Item> items = new ArrayList<>();
    forEach(items::add);
    return items;
  }
}
