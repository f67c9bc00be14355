package com.huifang.owner;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: commas, double-quoted fields with "" for a quote, CRLF or LF line ends) into
 * records, each with the line it starts on. A leading byte order mark, as Excel writes it, is skipped.
 */
final class OwnerCsv {

  record Row(int line, List<String> fields) {
    boolean blank() {
      return fields.stream().allMatch(String::isBlank);
    }
  }

  private OwnerCsv() {}

  static List<Row> read(Reader reader) {
    String text;
    try {
      var out = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n; (n = reader.read(buffer)) != -1; ) {
        out.append(buffer, 0, n);
      }
      text = out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          if (ch == '\n') {
            line++;
          }
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n') {
        fields.add(stripCr(field));
        field.setLength(0);
        rows.add(new Row(rowLine, List.copyOf(fields)));
        fields.clear();
        line++;
        rowLine = line;
      } else {
        field.append(ch);
      }
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
      fields.add(stripCr(field));
      rows.add(new Row(rowLine, List.copyOf(fields)));
    }
    return rows;
  }

  private static String stripCr(StringBuilder field) {
    int end = field.length();
    return end > 0 && field.charAt(end - 1) == '\r' ? field.substring(0, end - 1) : field.toString();
  }
}
