package com.huifang.warranty;

import com.huifang.engine.EngineClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.huifang.web.ApiCaller;
import com.huifang.web.ApiException;
import com.huifang.web.JsonFields;
import com.huifang.engine.HuifangProperties;
import java.net.URI;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Renovation warranties over HTTP: register a case at completion acceptance (W1), and report a repair
 * (W6), in warranty or after it. Only the repair service department (warranty-service) may do either.
 */
@RestController
@RequestMapping("/api/warranties")
class WarrantyController {

  static final String FORBIDDEN = "只有装饰公司维修服务部可以登记保修和报修";

  private final WarrantyService warranties;
  private final ApiCaller caller;
  private final HuifangProperties properties;

  WarrantyController(WarrantyService warranties, ApiCaller caller, HuifangProperties properties) {
    this.warranties = warranties;
    this.caller = caller;
    this.properties = properties;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> register(@RequestBody JsonNode body) {
    String userId = caller.requireAnyGroup(List.of(Warranty.GROUP), FORBIDDEN);
    Map<String, Object> variables = registration(body);
    Map<String, Object> created = warranties.register(userId, variables);
    return ResponseEntity.created(URI.create(UriComponentsBuilder.fromPath("/api/warranties/{caseNumber}")
        .buildAndExpand(created.get("caseNumber")).encode().toUriString())).body(created);
  }

  @PostMapping(path = "/{caseNumber}/repairs", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<WarrantyService.RepairReported> reportRepair(@PathVariable String caseNumber, @RequestBody JsonNode body) {
    caller.requireAnyGroup(List.of(Warranty.GROUP), FORBIDDEN);
    Map<String, String> errors = new LinkedHashMap<>();
    String fault = null;
    if (body == null || !body.isObject()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "请求内容须为JSON对象");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      JsonNode value = body.get(name);
      if (!Warranty.Vars.FAULT_DESCRIPTION.name().equals(name)) {
        errors.put(name, "未知字段");
      } else if (value.isTextual() && !value.asText().isBlank() && value.asText().length() <= 4000) {
        fault = value.asText().strip();
      }
    }
    if (fault == null) {
      errors.put(Warranty.Vars.FAULT_DESCRIPTION.name(), "请填写报修内容(最多4000字)");
    }
    if (!errors.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "报修有" + errors.size() + "处需要更正", errors);
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(warranties.reportRepair(caseNumber.trim(), fault)
        .orElseThrow(() -> ApiException.notFound(WarrantyService.unknownCase(caseNumber.trim()))));
  }

  /** The JSON body read field by field: unknown fields, wrong types, then the rules of {@link WarrantyRegistration}. */
  private Map<String, Object> registration(JsonNode body) {
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
      if (WarrantyRegistration.TEXT_FIELDS.contains(name) || Warranty.Vars.HANDOVER_DATE.equals(name)) {
        JsonFields.text(name, value, variables, errors);
      } else if (Warranty.Vars.WARRANTY_YEARS.equals(name)) {
        if (JsonFields.wholeNumber(name, value, errors)) {
          variables.put(name, value.longValue());
        }
      } else if (Warranty.Vars.WORK_KINDS.equals(name)) {
        if (value.isArray()) {
          List<String> codes = new java.util.ArrayList<>();
          value.forEach(item -> codes.add(item.isTextual() ? item.asText() : item.toString()));
          variables.put(name, String.join(",", codes));
        } else {
          errors.put(name, "应为文本数组,如 [\"tile\",\"wood\"]");
        }
      } else {
        errors.put(name, "未知字段");
      }
    }
    LocalDate today = EngineClock.now().atZone(properties.zone()).toLocalDate();
    WarrantyRegistration.check(variables, today, properties.zone()).errors().forEach(errors::putIfAbsent);
    if (!errors.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "保修登记有" + errors.size() + "处需要更正", errors);
    }
    return variables;
  }
}
