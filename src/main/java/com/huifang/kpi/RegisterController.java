package com.huifang.kpi;

import static com.huifang.identity.StaffGroup.CHIEF_HOUSEKEEPER;
import static com.huifang.identity.StaffGroup.CUSTOMER_SERVICE;
import static com.huifang.identity.StaffGroup.GENERAL_MANAGER;
import static com.huifang.identity.StaffGroup.OFFICE_MANAGER;
import static com.huifang.identity.StaffGroup.SENIOR_HOUSEKEEPER;

import com.huifang.web.ApiCaller;
import com.huifang.web.Download;
import com.huifang.web.OfficeScope;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registers as spreadsheets: {@code GET /api/registers/complaints.xlsx?from=2026-11-01&to=2026-12-01}
 * (客户投诉登记表) and {@code GET /api/registers/revisits.xlsx?from=…&to=…} (回访记录表), {@code to} exclusive,
 * at most 366 days. Read by the customer-service center, which keeps the registers, and by the office
 * manager, the general manager, the senior and the chief housekeeper (who signs the month's log, C18): each their own management office's (issue 27); the company
 * roles, members of every office, the company's, or one office's with {@code office=<id>}. The dashboard's figures
 * month by month (回访指标趋势) as {@code GET /api/registers/kpis.xlsx?from=…&to=…[&project=…][&office=…]}, read by
 * those who read the KPIs ({@link KpiController}).
 */
@RestController
@RequestMapping("/api/registers")
class RegisterController {

  static final String XLSX = RegisterSheet.CONTENT_TYPE;
  static final String FORBIDDEN = "只有客户服务中心、管理处经理、分公司总经理、物业大管家和首席物业管家可以导出登记表";
  /** C18: the chief housekeeper reads the month's 客户投诉登记表 to sign it. */
  static final List<String> READERS = List.of(CUSTOMER_SERVICE.id(), OFFICE_MANAGER.id(), GENERAL_MANAGER.id(),
      SENIOR_HOUSEKEEPER.id(), CHIEF_HOUSEKEEPER.id());
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
  void complaints(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String office) throws IOException {
    send(from, to, office, RegisterService.COMPLAINT_LOG, "complaints", registers::complaints);
  }

  @GetMapping("/revisits.xlsx")
  void revisits(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String office) throws IOException {
    send(from, to, office, RegisterService.REVISIT_RECORD, "revisits", registers::revisits);
  }

  /** P6: 报修受理记录, {@code GET /api/registers/repairs.xlsx?from=2026-11-01&to=2026-12-01}. */
  @GetMapping("/repairs.xlsx")
  void repairs(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String office) throws IOException {
    send(from, to, office, RegisterService.REPAIR_RECORD, "repairs", registers::repairs);
  }

  @GetMapping("/kpis.xlsx")
  void kpiTrend(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String office, @RequestParam(required = false) String project)
      throws IOException {
    caller.requireAnyGroup(KpiController.READERS, KpiController.FORBIDDEN);
    String known = projects.known(project);
    attach(from, to, office, RegisterService.KPI_TREND, "kpis",
        (period, offices, out) -> registers.kpiTrend(period, offices, known, out));
  }

  /** A register of a period and some offices (null: the company's). */
  private interface Register {
    void write(Period period, List<String> offices, OutputStream out);
  }

  private void send(String from, String to, String office, String title, String asciiName, Register register)
      throws IOException {
    caller.requireAnyGroup(READERS, FORBIDDEN);
    attach(from, to, office, title, asciiName, register);
  }

  private void attach(String from, String to, String office, String title, String asciiName, Register register)
      throws IOException {
    OfficeScope scope = caller.officeScope(office);
    Period period = Period.parse(from, to, MAX_DAYS);
    String suffix = "_" + period.from() + "_" + period.to() + ".xlsx";
    Download.attachment(asciiName + suffix, title + suffix, XLSX, out -> register.write(period, scope.offices(), out));
  }
}
