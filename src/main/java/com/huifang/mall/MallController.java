package com.huifang.mall;

import com.fasterxml.jackson.databind.JsonNode;
import com.huifang.engine.EngineUsers.Caller;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huifang.web.ApiCaller;
import com.huifang.web.ApiException;
import com.huifang.web.JsonFields;
import com.huifang.identity.StaffGroup;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
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
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MallService mall;
  private final ApiCaller caller;

  MallController(MallService mall, ApiCaller caller) {
    this.mall = mall;
    this.caller = caller;
  }

  @PostMapping(path = "/purchases", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> register(@RequestBody JsonNode body) {
    String userId = caller.requireAnyGroup(List.of(Mall.DESK_GROUP), FORBIDDEN_REGISTER);
    Map<String, Object> created = mall.registerPurchase(userId, purchase(body));
    return ResponseEntity.created(URI.create("/api/mall/purchases/" + created.get("caseNumber"))).body(created);
  }

  @GetMapping("/merchants/{merchantId}/scores")
  Map<String, Object> scores(@PathVariable String merchantId, @RequestParam(required = false) String month) {
    Caller user = caller.current();
    List<String> groups = user.groupIds();
    boolean allowed = user.isAdministrator() || groups.contains(Mall.DESK_GROUP)
        || groups.stream().anyMatch(g -> StaffGroup.byId(g).map(StaffGroup::readsEverything).orElse(false))
        || groups.contains(Mall.merchantGroup(merchantId));
    if (!allowed) {
      throw ApiException.forbidden(FORBIDDEN_SCORES);
    }
    YearMonth parsed;
    try {
      parsed = YearMonth.parse(month == null ? "" : month.trim());
    } catch (DateTimeParseException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "月份格式不正确", Map.of("month", "应为 yyyy-MM,例如 2026-11"));
    }
    if (!mall.merchantExists(merchantId)) {
      throw ApiException.notFound("没有商户 " + merchantId);
    }
    return mall.scores(merchantId, parsed);
  }

  /** The JSON body field by field: unknown fields and wrong types are refused; the rest is the start listener's. */
  private Map<String, Object> purchase(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "请求内容须为JSON对象");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object> variables = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
      var field = it.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (value.isNull()) {
        continue;
      }
      if (PurchaseRegistration.TEXT_FIELDS.contains(name)) {
        JsonFields.text(name, value, variables, errors);
      } else if (Mall.Vars.RETURN_DAYS.equals(name)) {
        if (JsonFields.wholeNumber(name, value, errors)) {
          variables.put(name, value.intValue());
        }
      } else if (Mall.Vars.PURCHASE_LINES.equals(name)) {
        if (value.isArray()) {
          variables.put(name, new ArrayList<>(JSON.convertValue(value, List.class)));
        } else {
          errors.put(name, "应为数组,每个商户一行");
        }
      } else {
        errors.put(name, "未知字段");
      }
    }
    // the same rules as the start form (the start listener checks again inside the engine)
    PurchaseRegistration.check(variables, registerView()).errors().forEach(errors::putIfAbsent);
    if (!errors.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "购物登记有" + errors.size() + "处需要更正", errors);
    }
    return variables;
  }

  private MerchantRegister registerView() {
    return mall.register();
  }
}
