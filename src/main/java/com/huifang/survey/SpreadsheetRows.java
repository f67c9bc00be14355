package com.huifang.survey;

import com.huifang.engine.CsvRows;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The first sheet of an .xlsx upload as the rows a CSV import reads (each cell's text as Excel shows it). */
final class SpreadsheetRows {

  private SpreadsheetRows() {}

  /** The rows, or empty when the bytes are no .xlsx workbook. */
  static java.util.Optional<List<CsvRows.Row>> read(byte[] xlsx) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter format = new DataFormatter();
      List<CsvRows.Row> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> fields = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            fields.add(cell == null ? "" : format.formatCellValue(cell));
          }
        }
        rows.add(new CsvRows.Row(r + 1, fields, false));
      }
      return java.util.Optional.of(rows);
    } catch (IOException | RuntimeException notXlsx) {
      return java.util.Optional.empty();
    }
  }
}
