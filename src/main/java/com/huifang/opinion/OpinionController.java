package com.huifang.opinion;

import static com.huifang.identity.StaffGroup.CUSTOMER_SERVICE;
import static com.huifang.identity.StaffGroup.GENERAL_MANAGER;
import static com.huifang.identity.StaffGroup.OFFICE_MANAGER;
import static com.huifang.identity.StaffGroup.SENIOR_HOUSEKEEPER;

import com.huifang.kpi.RegisterSheet;
import com.huifang.web.ApiCaller;
import com.huifang.web.ApiException;
import com.huifang.web.Download;
import com.huifang.web.OfficeScope;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * S4: {@code GET /api/registers/opinions.xlsx?month=2026-11[&office=…]}, the month's 顾客意见登记表, read like the other
 * registers by the customer-service center, the office manager, the general manager and the senior housekeeper, each
 * their own office's; the company roles the company's or one office's.
 */
@RestController
class OpinionController {

  static final String FORBIDDEN = "只有客户服务中心、管理处经理、分公司总经理和物业大管家可以导出登记表";
  static final List<String> READERS =
      List.of(CUSTOMER_SERVICE.id(), OFFICE_MANAGER.id(), GENERAL_MANAGER.id(), SENIOR_HOUSEKEEPER.id());

  private final OpinionRegisterSheet register;
  private final ApiCaller caller;

  OpinionController(OpinionRegisterSheet register, ApiCaller caller) {
    this.register = register;
    this.caller = caller;
  }

  @GetMapping("/api/registers/opinions.xlsx")
  void opinions(@RequestParam(required = false) String month, @RequestParam(required = false) String office)
      throws IOException {
    caller.requireAnyGroup(READERS, FORBIDDEN);
    OfficeScope scope = caller.officeScope(office);
    YearMonth which = parse(month);
    String suffix = "_" + which + ".xlsx";
    Download.attachment("opinions" + suffix, OpinionRegister.TITLE + suffix, RegisterSheet.CONTENT_TYPE,
        out -> register.write(which, scope.offices(), out));
  }

  private static YearMonth parse(String month) {
    try {
      YearMonth parsed = YearMonth.parse(month == null ? "" : month.strip());
      if (parsed.getYear() >= 1900 && parsed.getYear() <= 2999) {
        return parsed;
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw new ApiException(HttpStatus.BAD_REQUEST, "月份格式不正确", Map.of("month", "应为 yyyy-MM,例如 2026-11"));
  }
}
