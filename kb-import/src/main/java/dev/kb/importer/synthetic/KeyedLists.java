package dev.kb.importer.synthetic;

import dev.kb.importer.text.DataFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the generator's two-column data files ({@code key<TAB>value}, such as {@code
 * kb/synthetic/concepts.tsv}) into lists by key, each list in file order.
 */
final class KeyedLists {

  private KeyedLists() {}

  /**
   * The bundled file {@code resource}, whose header is {@code header}.
   *
   * @param keys the keys the file must use, each at least once; null for any key
   * @throws IllegalArgumentException naming the file and line of an unknown key or empty value, or
   *     naming a key without a line
   */
  static Map<String, List<String>> read(
      String resource, String header, @Nullable List<String> keys) {
    return parse(resource, DataFile.bundled(resource), header, keys);
  }

  /** As {@link #read}, from the file's content. */
  static Map<String, List<String>> parse(
      String fileName, String content, String header, @Nullable List<String> keys) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    if (keys != null) {
      keys.forEach(key -> lists.put(key, new ArrayList<>()));
    }
    for (DataFile.Row row : DataFile.rows(fileName, content, header)) {
      String key = row.column(0);
      if (key.isEmpty() || row.column(1).isEmpty()) {
        throw row.error("expected " + header.replace("\t", "<TAB>"));
      }
      if (keys != null && !keys.contains(key)) {
        throw row.error("unknown '" + key + "', expected one of " + keys);
      }
      lists.computeIfAbsent(key, k -> new ArrayList<>()).add(row.column(1));
    }
    lists.forEach(
        (key, values) -> {
          if (values.isEmpty()) {
            throw new IllegalArgumentException(fileName + ": no line for '" + key + "'");
          }
        });
    Map<String, List<String>> copy = new LinkedHashMap<>();
    lists.forEach((key, values) -> copy.put(key, List.copyOf(values)));
    return copy;
  }
}
