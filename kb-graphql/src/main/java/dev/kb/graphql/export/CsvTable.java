package dev.kb.graphql.export;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The columns of one kind of export and how a row's values are read from an item. Jackson's CSV
 * writer does the quoting (RFC 4180: a value with a comma, a quote or a line break is quoted,
 * quotes doubled).
 */
record CsvTable<T>(List<String> columns, Function<T, List<?>> row) {

  private static final CsvMapper CSV = CsvMapper.builder().build();

  /**
   * A writer of rows of this table to {@code out}, which has written the header line already. The
   * header is written as a row of its own: Jackson writes a schema's header only with a first row,
   * and an export that matches nothing still names its columns.
   */
  Rows<T> open(OutputStream out) {
    CsvSchema.Builder schema = CsvSchema.builder();
    columns.forEach(schema::addColumn);
    SequenceWriter writer = CSV.writer(schema.build().withoutHeader()).writeValues(out);
    writer.write(columns);
    return new Rows<>(writer, row);
  }

  /** Writes rows as they come; {@link #close()} flushes them (it leaves the stream open). */
  static final class Rows<T> implements AutoCloseable {
    private final SequenceWriter writer;
    private final Function<T, List<?>> row;

    private Rows(SequenceWriter writer, Function<T, List<?>> row) {
      this.writer = writer;
      this.row = row;
    }

    void write(T item) {
      writer.write(row.apply(item));
    }

    @Override
    public void close() {
      writer.flush();
    }
  }
}
