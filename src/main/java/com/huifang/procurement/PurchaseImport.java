package com.huifang.procurement;

import com.huifang.engine.EngineClock;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.Rules;
import com.huifang.engine.CsvRows;
import java.io.Reader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Q1: finance's spreadsheet of purchases, saved as CSV (UTF-8), registered at once: one row a purchase under the
 * header below, each checked by the same rules as {@code POST /api/purchases}. One wrong row and nothing is registered:
 * the answer names every wrong row and field. The category is the register's Chinese name (资产, 维修材料, …) or its code.
 */
@Service
class PurchaseImport {

  /** The columns, in this order: the 采购登记 fields. */
  static final List<String> HEADER = List.of("物资名称", "物资类别", "数量", "单位", "单价", "供应商", "开票人电话或详细地址",
      "采购部门", "采购日期");
  /** The request's field behind each column. */
  private static final List<String> FIELDS = List.of("item", "category", "quantity", "unit", "unitPrice", "supplier",
      "issuerContact", "department", "purchasedOn");

  /** A wrong row: its line in the file, the column's field, what is wrong. */
  record LineProblem(int line, String field, String message) {}

  /** What an import gave: the purchases registered, or the problems (and nothing registered). */
  record Result(List<ProcurementService.PurchaseRegistered> registered, List<LineProblem> problems) {}

  private final ProcurementService procurement;
  private final HuifangProperties properties;

  PurchaseImport(ProcurementService procurement, HuifangProperties properties) {
    this.procurement = procurement;
    this.properties = properties;
  }

  /** Checks every row, then registers all of them in one transaction as {@code buyer}, or none. */
  @Transactional
  Result importCsv(String buyer, Reader csv) {
    List<CsvRows.Row> rows = CsvRows.read(csv);
    List<LineProblem> problems = new ArrayList<>();
    if (rows.isEmpty() || !rows.get(0).fields().stream().map(String::strip).toList().equals(HEADER)) {
      return new Result(List.of(), List.of(new LineProblem(1, "header", "第一行须为表头 " + String.join(",", HEADER))));
    }
    Clock clock = Clock.fixed(EngineClock.now(), properties.zone());
    List<PurchaseRequest> purchases = new ArrayList<>();
    for (CsvRows.Row row : rows.subList(1, rows.size())) {
      if (row.blank()) {
        continue;
      }
      if (row.unreadable()) {
        problems.add(new LineProblem(row.line(), "line", "从此行起不是有效的CSV(引号未闭合)"));
        break;
      }
      if (row.fields().size() != HEADER.size()) {
        problems.add(new LineProblem(row.line(), "line", "应有" + HEADER.size() + "列,实际为" + row.fields().size() + "列"));
        continue;
      }
      PurchaseRequest request = request(row.fields());
      Map<String, String> errors = new LinkedHashMap<>(Rules.fieldErrors(request));
      request.crossErrors(clock).forEach(errors::putIfAbsent);
      errors.forEach((field, message) -> problems.add(new LineProblem(row.line(), field, message)));
      purchases.add(request);
    }
    if (problems.isEmpty() && purchases.isEmpty()) {
      problems.add(new LineProblem(2, "line", "表头之后没有采购记录"));
    }
    if (!problems.isEmpty()) {
      return new Result(List.of(), problems);
    }
    return new Result(purchases.stream().map(p -> procurement.register(buyer, p)).toList(), List.of());
  }

  private static PurchaseRequest request(List<String> fields) {
    String[] v = fields.stream().map(String::strip).map(s -> s.isEmpty() ? null : s).toArray(String[]::new);
    String category = v[1] == null ? null : Arrays.stream(Category.values())
        .filter(c -> c.label().equals(v[1]) || c.label().startsWith(v[1] + "(")).map(Category::code).findFirst()
        .orElse(v[1]);
    return new PurchaseRequest(v[0], category, v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
  }

  /** The field name of a column, for messages that name the column. */
  static String column(String field) {
    int i = FIELDS.indexOf(field);
    return i < 0 ? field : HEADER.get(i);
  }
}
