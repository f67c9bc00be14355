package com.huifang.kpi;

import static com.huifang.identity.StaffGroup.CUSTOMER_SERVICE;
import static com.huifang.identity.StaffGroup.GENERAL_MANAGER;
import static com.huifang.identity.StaffGroup.OFFICE_MANAGER;
import static com.huifang.identity.StaffGroup.SENIOR_HOUSEKEEPER;

import com.huifang.web.ApiCaller;
import com.huifang.web.Download;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registers as spreadsheets: {@code GET /api/registers/complaints.xlsx?from=2026-11-01&to=2026-12-01}
 * (客户投诉登记表) and {@code GET /api/registers/revisits.xlsx?from=…&to=…} (回访记录表), {@code to} exclusive,
 * at most 366 days. Read by the customer-service center, which keeps the registers, and by the office
 * manager, the general manager and the senior housekeeper. The dashboard's figures month by month
 * (回访指标趋势) as {@code GET /api/registers/kpis.xlsx?from=…&to=…[&project=…]}, read by those who read the
 * KPIs ({@link KpiController}).
 */
@RestController
@RequestMapping("/api/registers")
class RegisterController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String FORBIDDEN = "只有客户服务中心、管理处经理、分公司总经理和物业大管家可以导出登记表";
  static final List<String> READERS =
      List.of(CUSTOMER_SERVICE.id(), OFFICE_MANAGER.id(), GENERAL_MANAGER.id(), SENIOR_HOUSEKEEPER.id());
  static final int MAX_DAYS = 366;

  private final RegisterService registers;
  private final ApiCaller caller;
  private final KpiProjects projects;

  RegisterController(RegisterService registers, ApiCaller caller, KpiProjects projects) {
    this.registers = registers;
    this.caller = caller;
    this.projects = projects;
  }

  @GetMapping("/complaints.xlsx")
  void complaints(@RequestParam(required = false) String from, @RequestParam(required = false) String to)
      throws IOException {
    send(from, to, RegisterService.COMPLAINT_LOG, "complaints", registers::complaints);
  }

  @GetMapping("/revisits.xlsx")
  void revisits(@RequestParam(required = false) String from, @RequestParam(required = false) String to)
      throws IOException {
    send(from, to, RegisterService.REVISIT_RECORD, "revisits", registers::revisits);
  }

  @GetMapping("/kpis.xlsx")
  void kpiTrend(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String project) throws IOException {
    caller.requireAnyGroup(KpiController.READERS, KpiController.FORBIDDEN);
    Period period = Period.parse(from, to, MAX_DAYS);
    String known = projects.known(project);
    attach(period, RegisterService.KPI_TREND, "kpis", (p, out) -> registers.kpiTrend(p, known, out));
  }

  private void send(String from, String to, String title, String asciiName, BiConsumer<Period, OutputStream> register)
      throws IOException {
    caller.requireAnyGroup(READERS, FORBIDDEN);
    attach(Period.parse(from, to, MAX_DAYS), title, asciiName, register);
  }

  private static void attach(Period period, String title, String asciiName, BiConsumer<Period, OutputStream> register)
      throws IOException {
    String suffix = "_" + period.from() + "_" + period.to() + ".xlsx";
    Download.attachment(asciiName + suffix, title + suffix, XLSX, out -> register.accept(period, out));
  }
}
