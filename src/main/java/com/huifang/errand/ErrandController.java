package com.huifang.errand;

import com.huifang.engine.EngineClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.huifang.web.ApiCaller;
import com.huifang.web.ApiException;
import com.huifang.engine.HuifangProperties;
import java.net.URI;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Owner errands over HTTP: the customer-service center takes a cake order or a flower-basket delivery
 * (E1, E10). The rules are the start form's ({@link ErrandRequest}); a 400 names every bad field.
 */
@RestController
@RequestMapping("/api/errands")
class ErrandController {

  static final String FORBIDDEN = "只有客户服务中心可以受理业户委托服务";

  private final ErrandService errands;
  private final ApiCaller caller;
  private final HuifangProperties properties;

  ErrandController(ErrandService errands, ApiCaller caller, HuifangProperties properties) {
    this.errands = errands;
    this.caller = caller;
    this.properties = properties;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> take(@RequestBody JsonNode body) {
    String userId = caller.requireAnyGroup(List.of(Errand.GROUP), FORBIDDEN);
    Map<String, Object> request = read(body);
    Map<String, Object> created = errands.take(userId, request);
    return ResponseEntity.created(URI.create(UriComponentsBuilder.fromPath("/api/errands/{caseNumber}")
        .buildAndExpand(created.get("caseNumber")).encode().toUriString())).body(created);
  }

  @GetMapping("/{caseNumber}")
  Map<String, Object> find(@PathVariable String caseNumber) {
    caller.current();
    return errands.find(caseNumber.trim());
  }

  /** The JSON body field by field: unknown fields and wrong types, then the rules of {@link ErrandRequest}. */
  private Map<String, Object> read(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "请求内容须为JSON对象");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object> request = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
      var field = it.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (!ErrandRequest.FIELDS.contains(name)) {
        errors.put(name, "未知字段");
      } else if (value.isNull()) {
        continue;
      } else if (Errand.Vars.ESTIMATED_COST.name().equals(name) && value.isNumber()) {
        request.put(name, value.asText()); // a JSON number by its decimal text, never through a double's arithmetic
      } else if (value.isTextual()) {
        request.put(name, value.asText());
      } else if (value.isBoolean()) {
        request.put(name, value.booleanValue());
      } else {
        errors.put(name, "应为文本或 true/false");
      }
    }
    ErrandRequest checked = ErrandRequest.check(request, EngineClock.now(), properties.zone());
    checked.errors().forEach(errors::putIfAbsent);
    if (!errors.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "委托受理有" + errors.size() + "处需要更正", errors);
    }
    return request;
  }
}
