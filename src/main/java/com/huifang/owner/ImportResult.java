package com.huifang.owner;

import java.util.List;

/**
 * The outcome of a CSV import: how many units were written, or, when any line is bad, every bad line
 * (and then nothing was written).
 */
public record ImportResult(int imported, List<LineError> errors) {

  public ImportResult {
    errors = List.copyOf(errors);
  }

  public boolean ok() {
    return errors.isEmpty();
  }

  /** A bad line: its number in the file (the header is line 1), the column, and why, in Chinese. */
  public record LineError(int line, String field, String message) {}
}
