package com.huifang.kpi;

import static com.huifang.identity.StaffGroup.GENERAL_MANAGER;
import static com.huifang.identity.StaffGroup.OFFICE_MANAGER;
import static com.huifang.identity.StaffGroup.SENIOR_HOUSEKEEPER;

import com.huifang.web.ApiCaller;
import com.huifang.web.OfficeScope;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The revisit KPIs (K1–K3, K5, K6) of a period over HTTP: {@code GET /api/kpis?from=2026-11-01&to=2026-12-01},
 * {@code to} exclusive, of the company or, with {@code &project=翠湖花园}, of one project of the owner register
 * (the projects to choose from: {@code GET /api/kpis/projects}). Read by the office manager, the general manager and
 * the senior housekeeper (who does the weekly analysis). Each reads the figures of their own management office (issue
 * 27); the company roles, members of every office, read the company's, or one office's with {@code office=<id>}.
 */
@RestController
@RequestMapping("/api/kpis")
class KpiController {

  static final String FORBIDDEN = "只有管理处经理、分公司总经理和物业大管家可以查看回访指标";
  static final List<String> READERS = List.of(OFFICE_MANAGER.id(), GENERAL_MANAGER.id(), SENIOR_HOUSEKEEPER.id());

  private final KpiService kpis;
  private final ApiCaller caller;
  private final KpiProjects projects;

  KpiController(KpiService kpis, ApiCaller caller, KpiProjects projects) {
    this.kpis = kpis;
    this.caller = caller;
    this.projects = projects;
  }

  @GetMapping
  KpiReport report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String office, @RequestParam(required = false) String project) {
    caller.requireAnyGroup(READERS, FORBIDDEN);
    OfficeScope scope = caller.officeScope(office);
    Period period = Period.parse(from, to, 0);
    return kpis.report(period.from(), period.to(), scope.offices(), projects.known(project));
  }

  /** The projects of the owner register, sorted: the choices of {@code project=}. */
  @GetMapping("/projects")
  List<String> projects() {
    caller.requireAnyGroup(READERS, FORBIDDEN);
    return projects.all();
  }
}
