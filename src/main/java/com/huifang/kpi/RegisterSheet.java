package com.huifang.kpi;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One register as an .xlsx sheet, streamed (SXSSF keeps only a window of rows in memory): a title row
 * with the period, a bold frozen header row, then one row per entry. A {@link Date} is written as a
 * real Excel date in the given zone (yyyy-mm-dd hh:mm), a number as a number, anything else as text. Published to
 * the other features for their registers (procurement's 采购物资供方回访表); a controller serves it with
 * {@code web.Download}.
 */
public final class RegisterSheet implements AutoCloseable {

  /** The content type of an .xlsx file. */
  public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** A column: its header as the register names it, and its width in characters. */
  public record Column(String header, int width) {}

  private static final int ROWS_IN_MEMORY = 100;

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final SXSSFSheet sheet;
  private final ZoneId zone;
  private final CellStyle dateStyle;
  private final CellStyle textStyle;
  private int next;
  private boolean noted;

  public RegisterSheet(String title, String period, List<Column> columns, ZoneId zone) {
    this.zone = zone;
    this.sheet = workbook.createSheet(title);
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle headerStyle = workbook.createCellStyle();
    headerStyle.setFont(bold);
    dateStyle = workbook.createCellStyle();
    dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    textStyle = workbook.createCellStyle();
    textStyle.setWrapText(true);

    Row titleRow = sheet.createRow(next++);
    titleRow.createCell(0).setCellValue(title + "(" + period + ")");
    titleRow.getCell(0).setCellStyle(headerStyle);
    Row header = sheet.createRow(next++);
    for (int i = 0; i < columns.size(); i++) {
      header.createCell(i).setCellValue(columns.get(i).header());
      header.getCell(i).setCellStyle(headerStyle);
      sheet.setColumnWidth(i, columns.get(i).width() * 256);
    }
    sheet.createFreezePane(0, next);
  }

  /** The next row, numbered in the first column (序号). */
  public void row(Object... values) {
    Row row = sheet.createRow(next);
    row.createCell(0).setCellValue(next - 1);
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value instanceof Date date) {
        row.createCell(i + 1).setCellValue(LocalDateTime.ofInstant(date.toInstant(), zone));
        row.getCell(i + 1).setCellStyle(dateStyle);
      } else if (value instanceof Number number) {
        row.createCell(i + 1).setCellValue(number.doubleValue());
      } else if (value != null) {
        row.createCell(i + 1).setCellValue(value.toString());
        row.getCell(i + 1).setCellStyle(textStyle);
      }
    }
    next++;
  }

  /** A line of text below the entries (a sign-off, a remark), not numbered, after one empty row. */
  public void note(String text) {
    if (!noted) {
      next++;
      noted = true;
    }
    Row row = sheet.createRow(next++);
    row.createCell(0).setCellValue(text);
  }

  public void write(OutputStream out) throws IOException {
    workbook.write(out);
  }

  @Override
  public void close() throws IOException {
    workbook.close(); // also deletes the temporary files of the flushed rows
  }
}
