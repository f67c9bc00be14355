package com.huifang.procurement;

import com.huifang.web.ApiCaller;
import com.huifang.web.CallerIn;
import com.huifang.identity.StaffGroup;
import com.huifang.web.ApiException;
import com.huifang.web.CsvUpload;
import com.huifang.web.Download;
import com.huifang.kpi.RegisterSheet;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The purchase register over HTTP: a buyer registers a purchase (Q1), a 400 names every bad field; finance and its
 * manager export a half year's 采购物资供方回访表 ({@code GET /api/purchases/revisits.xlsx?halfYear=2026-H2}, Q5).
 */
@RestController
@RequestMapping("/api/purchases")
class ProcurementController {

  static final String FORBIDDEN = "只有采购人员可以登记采购";
  static final String FORBIDDEN_SHEET = "只有财务管理部可以导出采购物资供方回访表";

  static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

  private final ProcurementService procurement;
  private final ApiCaller caller;
  private final PurchaseImport imports;

  ProcurementController(ProcurementService procurement, ApiCaller caller, PurchaseImport imports) {
    this.procurement = procurement;
    this.caller = caller;
    this.imports = imports;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @CallerIn(value = Procurement.BUYER_GROUP, refused = FORBIDDEN)
  ResponseEntity<ProcurementService.PurchaseRegistered> register(@Valid @RequestBody PurchaseRequest request) {
    var registered = procurement.register(caller.current().userId(), request);
    return ResponseEntity.created(URI.create(UriComponentsBuilder.fromPath("/api/purchases/{number}")
        .buildAndExpand(registered.caseNumber()).encode().toUriString())).body(registered);
  }

  /** The answer to an import: the purchases registered, with their numbers. */
  record Imported(int imported, List<ProcurementService.PurchaseRegistered> purchases) {}

  /**
   * Q1: finance's spreadsheet of purchases as CSV (UTF-8), imported by a buyer and registered as the buyer's; one wrong
   * row and nothing is registered (400 naming every wrong line and column).
   */
  @PostMapping(path = "/import", consumes = "text/csv")
  @CallerIn(value = Procurement.BUYER_GROUP, refused = FORBIDDEN)
  Imported importCsv(@RequestBody(required = false) byte[] body) {
    String text = CsvUpload.text(body, MAX_IMPORT_BYTES);
    PurchaseImport.Result result = imports.importCsv(caller.current().userId(), new StringReader(text));
    if (!result.problems().isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "采购清单有" + result.problems().size() + "处错误,未登记任何采购",
          result.problems().stream().map(p -> Map.of("line", p.line(), "field", p.field(),
              "message", "第" + p.line() + "行 " + PurchaseImport.column(p.field()) + ": " + p.message())).toList());
    }
    return new Imported(result.registered().size(), result.registered());
  }

  @GetMapping("/revisits.xlsx")
  void revisits(@RequestParam(required = false) String halfYear) throws IOException {
    caller.requireAnyGroup(List.of(StaffGroup.FINANCE.id(), StaffGroup.FINANCE_MANAGER.id()), FORBIDDEN_SHEET);
    HalfYear half;
    try {
      half = HalfYear.parse(halfYear);
    } catch (IllegalArgumentException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "半年格式不正确",
          Map.of("halfYear", "应为 yyyy-H1 或 yyyy-H2,例如 2026-H2"));
    }
    String suffix = "_" + half + ".xlsx";
    Download.attachment("procurement-revisits" + suffix, ProcurementService.SHEET_TITLE + suffix,
        RegisterSheet.CONTENT_TYPE, out -> procurement.writeSheet(half, out));
  }
}
