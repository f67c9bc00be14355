package com.huifang.mall;

import com.huifang.engine.EngineUsers.Caller;
import com.huifang.identity.StaffGroup;
import com.huifang.web.ApiCaller;
import com.huifang.web.ApiException;
import com.huifang.web.CallerIn;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mall over HTTP: the service desk registers a purchase (M1, M2); the desk, managers and a merchant's own
 * staff read that merchant's scores per month (M6).
 */
@RestController
@RequestMapping("/api/mall")
class MallController {

  static final String FORBIDDEN_REGISTER = "只有建材城客服中心可以登记购物";
  static final String FORBIDDEN_SCORES = "只有建材城客服中心、经理和本商户的服务人员可以查看商户评分";

  private final MallService mall;
  private final ApiCaller caller;

  MallController(MallService mall, ApiCaller caller) {
    this.mall = mall;
    this.caller = caller;
  }

  @PostMapping(path = "/purchases", consumes = MediaType.APPLICATION_JSON_VALUE)
  @CallerIn(value = Mall.DESK_GROUP, refused = FORBIDDEN_REGISTER)
  ResponseEntity<MallService.PurchaseRegistered> register(@Valid @RequestBody PurchaseRequest purchase) {
    MallService.PurchaseRegistered created = mall.registerPurchase(caller.current().userId(), purchase);
    return ResponseEntity.created(URI.create("/api/mall/purchases/" + created.caseNumber())).body(created);
  }

  @GetMapping("/merchants/{merchantId}/scores")
  MallService.MerchantScores scores(@PathVariable String merchantId, @RequestParam(required = false) String month) {
    Caller user = caller.current();
    boolean allowed = user.isAdministrator() || user.groupIds().contains(Mall.DESK_GROUP)
        || user.groupIds().stream().anyMatch(g -> StaffGroup.byId(g).map(StaffGroup::readsEverything).orElse(false))
        || user.groupIds().contains(Mall.merchantGroup(merchantId));
    if (!allowed) {
      throw ApiException.forbidden(FORBIDDEN_SCORES);
    }
    YearMonth parsed;
    try {
      parsed = YearMonth.parse(month == null ? "" : month.trim());
    } catch (DateTimeParseException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "月份格式不正确", Map.of("month", "应为 yyyy-MM,例如 2026-11"));
    }
    return mall.scores(merchantId, parsed).orElseThrow(() -> ApiException.notFound("没有商户 " + merchantId));
  }
}
