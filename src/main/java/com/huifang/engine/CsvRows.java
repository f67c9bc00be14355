package com.huifang.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV (RFC 4180: commas, double-quoted fields with "" for a quote, CRLF or LF line ends) with Apache Commons
 * CSV into records, each with the line it starts on, as a spreadsheet numbers them. A leading byte order mark, as
 * Excel writes it, is skipped; a blank line is kept as a blank record. Text that is not CSV (an unclosed quote)
 * ends the records with one that names the line it started on. The owner register's and the purchase register's
 * imports read their uploads with it (web's {@code CsvUpload} checks an upload first).
 */
public final class CsvRows {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  /** A record and the line it starts on; {@code unreadable} when the text from that line on is not CSV. */
  public record Row(int line, List<String> fields, boolean unreadable) {
    public boolean blank() {
      return !unreadable && fields.stream().allMatch(String::isBlank);
    }
  }

  private CsvRows() {}

  public static List<Row> read(Reader reader) {
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(withoutByteOrderMark(reader)).setFormat(FORMAT).get()) {
      long consumed = 0; // line ends read so far: the next record starts on the line after them
      try {
        for (CSVRecord record : parser) {
          rows.add(new Row((int) consumed + 1, record.toList(), false));
          consumed = parser.getCurrentLineNumber();
        }
      } catch (UncheckedIOException | IllegalStateException notCsv) {
        rows.add(new Row((int) consumed + 1, List.of(), true));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static Reader withoutByteOrderMark(Reader reader) throws IOException {
    var in = new java.io.PushbackReader(reader, 1);
    int first = in.read();
    if (first != -1 && first != '\uFEFF') {
      in.unread(first);
    }
    return in;
  }
}
