package com.huifang.owner;

import com.huifang.engine.CaseTenants;
import com.huifang.engine.EngineUsers.Caller;
import com.huifang.web.ApiCaller;
import com.huifang.web.CsvUpload;
import com.huifang.web.ApiException;
import com.huifang.identity.StaffGroup;
import java.io.StringReader;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The owner register over HTTP: CSV import by the office, and look-up of a unit's owner. */
@RestController
@RequestMapping("/api/owners")
class OwnerController {

  /** Who keeps the register (and camunda-admin). */
  static final Set<String> IMPORTERS = Set.of(StaffGroup.OFFICE_MANAGER.id(), StaffGroup.CUSTOMER_SERVICE.id());
  /** Who may look an owner up: those who receive complaints, and the managers. */
  static final Set<String> READERS = Set.of(StaffGroup.CUSTOMER_SERVICE.id(), StaffGroup.CONTROL_CENTER.id(),
      StaffGroup.HOUSEKEEPER.id(), StaffGroup.SENIOR_HOUSEKEEPER.id(), StaffGroup.CHIEF_HOUSEKEEPER.id(),
      StaffGroup.OFFICE_MANAGER.id(), StaffGroup.GENERAL_MANAGER.id());
  static final int MAX_BYTES = 5 * 1024 * 1024;

  private final OwnerRegister register;
  private final ApiCaller caller;
  private final CaseTenants offices;

  OwnerController(OwnerRegister register, ApiCaller caller, CaseTenants offices) {
    this.register = register;
    this.caller = caller;
    this.offices = offices;
  }

  /**
   * Issue 27: an office's staff read and write the owners of their own office's projects only (a unit of no office's
   * project belongs to the default office); the company roles and administrators all.
   */
  private boolean mayReach(Caller who, String project) {
    String office = offices.ofProject(project).orElse(offices.defaultTenant());
    return who.isAdministrator() || who.tenantIds().contains(office);
  }

  /** The answer to an import: how many units were written. */
  record Imported(int imported) {}

  @PostMapping(path = "/import", consumes = "text/csv")
  Imported importCsv(@RequestBody(required = false) byte[] body) {
    caller.requireAnyGroup(IMPORTERS, "只有管理处经理和客户服务中心可以导入业主联系册");
    String text = CsvUpload.text(body, MAX_BYTES);
    Caller who = caller.current();
    ImportResult result = register.importCsv(new StringReader(text),
        (known, current, future) -> (!known || mayReach(who, current)) && mayReach(who, future));
    if (!result.ok()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "业主联系册有" + result.errors().size() + "处错误,未导入任何数据",
          result.errors());
    }
    return new Imported(result.imported());
  }

  @GetMapping("/{unit}")
  OwnerContact find(@PathVariable String unit) {
    caller.requireAnyGroup(READERS, "无权查看业主联系方式");
    Caller who = caller.current();
    return register.findByUnit(unit).filter(owner -> mayReach(who, owner.project()))
        .orElseThrow(() -> ApiException.notFound("业主联系册中没有房号 " + unit.trim()));
  }
}
