package com.huifang.complaint.intake;

import static com.huifang.complaint.Complaint.Vars.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.huifang.web.ApiException;
import com.huifang.web.JsonFields;
import com.huifang.complaint.ComplaintIntakeRules;
import com.huifang.engine.DateInput;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The JSON body of {@code POST /api/complaints}, read field by field so that every problem is reported
 * at once: unknown fields, wrong JSON types, an unreadable deadline, and then the intake rules C1 that
 * the intake form follows too ({@link ComplaintIntakeRules}).
 */
final class IntakeRequest {

  static final List<String> BOOLEAN_FIELDS = List.of(ANONYMOUS.name(), REPLY_LETTER_ONLY.name());

  private IntakeRequest() {}

  /** The process variables of a valid intake; otherwise a 400 naming every bad field. */
  static Map<String, Object> variables(JsonNode body, ZoneId zone) {
    if (body == null || !body.isObject()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "请求内容须为JSON对象");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object> variables = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
      var field = it.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (ComplaintIntakeRules.TEXT_FIELDS.contains(name)) {
        if (!value.isNull()) {
          JsonFields.text(name, value, variables, errors);
        }
      } else if (BOOLEAN_FIELDS.contains(name)) {
        if (value.isBoolean()) {
          variables.put(name, value.booleanValue());
        } else if (!value.isNull()) {
          errors.put(name, "应为 true 或 false");
        }
      } else if (OWNER_DEADLINE.equals(name)) {
        if (value.isTextual() && !value.asText().isBlank()) {
          DateInput.parse(value.asText(), zone).ifPresentOrElse(due -> variables.put(OWNER_DEADLINE, due),
              () -> errors.put(name, "时间格式不正确,应为ISO格式,如 2026-11-24T10:00:00+08:00"));
        } else if (!value.isNull() && !value.isTextual()) {
          errors.put(name, "应为ISO格式的时间文本,如 2026-11-24T10:00:00+08:00");
        }
      } else {
        errors.put(name, "未知字段");
      }
    }
    ComplaintIntakeRules.check(variables).forEach(errors::putIfAbsent);
    if (!errors.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "投诉登记有" + errors.size() + "处需要更正", errors);
    }
    BOOLEAN_FIELDS.forEach(flag -> variables.putIfAbsent(flag, false));
    return variables;
  }
}
