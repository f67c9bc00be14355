package com.huifang.kpi;

import static com.huifang.identity.StaffGroup.GENERAL_MANAGER;
import static com.huifang.identity.StaffGroup.OFFICE_MANAGER;
import static com.huifang.identity.StaffGroup.SENIOR_HOUSEKEEPER;

import com.huifang.api.ApiCaller;
import com.huifang.api.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The revisit KPIs (K1–K3, K5, K6) of a period over HTTP: {@code GET /api/kpis?from=2026-11-01&to=2026-12-01},
 * {@code to} exclusive. Read by the office manager, the general manager and the senior housekeeper
 * (who does the weekly analysis).
 */
@RestController
@RequestMapping("/api/kpis")
class KpiController {

  static final String FORBIDDEN = "只有管理处经理、分公司总经理和物业大管家可以查看回访指标";
  static final List<String> READERS = List.of(OFFICE_MANAGER.id(), GENERAL_MANAGER.id(), SENIOR_HOUSEKEEPER.id());

  private final KpiService kpis;
  private final ApiCaller caller;

  KpiController(KpiService kpis, ApiCaller caller) {
    this.kpis = kpis;
    this.caller = caller;
  }

  @GetMapping
  KpiReport report(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    caller.requireAnyGroup(READERS, FORBIDDEN);
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate start = date("from", from, errors);
    LocalDate end = date("to", to, errors);
    if (errors.isEmpty() && !start.isBefore(end)) {
      errors.put("to", "结束日期须晚于开始日期(不含结束日期当天)");
    }
    if (!errors.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "查询期间有" + errors.size() + "处需要更正", errors);
    }
    return kpis.report(start, end);
  }

  private static LocalDate date(String field, String value, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      errors.put(field, "请填写日期,格式 YYYY-MM-DD");
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.put(field, "日期格式不正确,应为 YYYY-MM-DD: " + value);
      return null;
    }
  }
}
