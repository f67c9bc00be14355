package com.huifang.specialrevisit;

import static com.huifang.identity.StaffGroup.CUSTOMER_SERVICE;
import static com.huifang.identity.StaffGroup.GENERAL_MANAGER;
import static com.huifang.identity.StaffGroup.OFFICE_MANAGER;

import com.huifang.web.ApiCaller;
import com.huifang.web.ApiException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * S5: {@code GET /api/special-revisits/{number}}, a campaign's progress, for the office manager who organised it, the
 * customer-service center that revisits and the general manager; a campaign of another office is not found.
 */
@RestController
class SpecialRevisitController {

  static final String FORBIDDEN = "只有管理处经理、客户服务中心和分公司总经理可以查看专项回访进度";

  private final SpecialRevisitProgress progress;
  private final ApiCaller caller;

  SpecialRevisitController(SpecialRevisitProgress progress, ApiCaller caller) {
    this.progress = progress;
    this.caller = caller;
  }

  @GetMapping("/api/special-revisits/{number}")
  SpecialRevisitProgress.Progress progress(@PathVariable String number) {
    caller.requireAnyGroup(List.of(OFFICE_MANAGER.id(), CUSTOMER_SERVICE.id(), GENERAL_MANAGER.id()), FORBIDDEN);
    return progress.of(number, caller.officeScope(null).offices())
        .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "没有这个专项回访:" + number));
  }
}
