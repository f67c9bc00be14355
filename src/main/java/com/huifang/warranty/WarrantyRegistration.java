package com.huifang.warranty;

import static com.huifang.warranty.Warranty.Vars.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huifang.owner.PhoneNumber;
import com.huifang.engine.DateInput;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * W1: what a warranty case needs at completion acceptance. One set of rules for every way in: the
 * start form (checked by {@link PrepareWarrantyListener}) and {@code POST /api/warranties} (checked before
 * it starts). The phone rule is {@link PhoneNumber}'s.
 *
 * @param errors field → message, empty when the registration is complete
 */
public record WarrantyRegistration(Map<String, String> errors, LocalDate handover, Set<WorkKind> work, int years) {

  public static final int MAX_YEARS = 10;
  public static final int MAX_TEXT = 200;
  public static final List<String> TEXT_FIELDS = List.of(PROJECT_NAME.name(), OWNER_NAME.name(), UNIT.name(),
      OWNER_PHONE.name());
  private static final ObjectMapper JSON = new ObjectMapper();

  public boolean valid() {
    return errors.isEmpty();
  }

  /** Reads and checks a registration as the form or the API sends it. */
  public static WarrantyRegistration check(Map<String, ?> input, LocalDate today, ZoneId zone) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (String field : TEXT_FIELDS) {
      Object value = input.get(field);
      if (value != null && !(value instanceof String)) {
        errors.put(field, "应为文本");
      } else if (value != null && ((String) value).length() > MAX_TEXT) {
        errors.put(field, "内容过长(最多" + MAX_TEXT + "字)");
      }
    }
    require(errors, hasText(input.get(PROJECT_NAME.name())), PROJECT_NAME.name(), "请填写工程名称");
    require(errors, hasText(input.get(OWNER_NAME.name())), OWNER_NAME.name(), "请填写业主姓名");
    require(errors, hasText(input.get(UNIT.name())), UNIT.name(), "请填写房号");
    Object phone = input.get(OWNER_PHONE.name());
    require(errors, hasText(phone), OWNER_PHONE.name(), "请填写联系电话");
    require(errors, !hasText(phone) || PhoneNumber.isValid((String) phone), OWNER_PHONE.name(),
        PhoneNumber.INVALID);

    Integer years = years(input.get(Warranty.Vars.WARRANTY_YEARS));
    require(errors, years != null && years >= 1 && years <= MAX_YEARS, Warranty.Vars.WARRANTY_YEARS,
        "保修期须为1到" + MAX_YEARS + "年的整数");

    Object rawHandover = input.get(Warranty.Vars.HANDOVER_DATE);
    LocalDate handover = DateInput.parse(rawHandover, zone)
        .map(d -> d.toInstant().atZone(zone).toLocalDate()).orElse(null);
    if (handover == null) {
      errors.putIfAbsent(Warranty.Vars.HANDOVER_DATE, rawHandover == null || "".equals(rawHandover)
          ? "请填写竣工交付日期" : "竣工交付日期格式不正确,应为 yyyy-MM-dd");
    } else if (handover.isAfter(today)) {
      errors.putIfAbsent(Warranty.Vars.HANDOVER_DATE, "竣工交付日期不能晚于今天");
    } else if (years != null && years >= 1 && years <= MAX_YEARS && !handover.plusYears(years).isAfter(today)) {
      errors.putIfAbsent(Warranty.Vars.HANDOVER_DATE, "保修期已满(" + handover.plusYears(years) + "),无需登记回访保修");
    }

    Set<WorkKind> work = EnumSet.noneOf(WorkKind.class);
    List<String> codes = codes(input.get(Warranty.Vars.WORK_KINDS));
    if (codes == null) {
      errors.putIfAbsent(Warranty.Vars.WORK_KINDS, "施工项目格式不正确");
    } else {
      List<String> unknown = new ArrayList<>();
      for (String code : codes) {
        WorkKind.byCode(code).ifPresentOrElse(work::add, () -> unknown.add(code));
      }
      require(errors, unknown.isEmpty(), Warranty.Vars.WORK_KINDS, "未知的施工项目:" + String.join(",", unknown));
      require(errors, !work.isEmpty(), Warranty.Vars.WORK_KINDS, "请至少选择一项施工项目");
    }
    return new WarrantyRegistration(errors, handover, work, years == null ? Warranty.DEFAULT_YEARS : years);
  }

  /** The work as stored: codes joined by commas, in the order of {@link WorkKind}. */
  public String workCodes() {
    return work.stream().map(WorkKind::code).collect(Collectors.joining(","));
  }

  public String workLabels() {
    return work.stream().map(WorkKind::label).collect(Collectors.joining("、"));
  }

  private static Integer years(Object raw) {
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      return Warranty.DEFAULT_YEARS;
    }
    if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      // a whole number beyond int (a huge JSON number) is no number of years: refused, never wrapped around
      return Math.abs(n.doubleValue()) <= Integer.MAX_VALUE ? n.intValue() : null;
    }
    if (raw instanceof String s) {
      try {
        return Integer.valueOf(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** The codes of a checklist: a JSON array (Tasklist sends a JSON value), JSON text, "a,b" text or a list. */
  static List<String> codes(Object raw) {
    Object value = raw;
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof String) && !(value instanceof Collection<?>) && value.getClass().getName().startsWith("org.camunda.spin")) {
      value = value.toString(); // a SpinJsonNode prints as its JSON
    }
    if (value instanceof String text) {
      String trimmed = text.trim();
      if (trimmed.startsWith("[")) {
        try {
          value = JSON.readValue(trimmed, List.class);
        } catch (JsonProcessingException e) {
          return null;
        }
      } else {
        return trimmed.isEmpty() ? List.of()
            : List.of(trimmed.split("\\s*,\\s*"));
      }
    }
    if (value instanceof Collection<?> items) {
      List<String> codes = new ArrayList<>();
      for (Object item : items) {
        if (!(item instanceof String s)) {
          return null;
        }
        codes.add(s.trim());
      }
      return codes;
    }
    return null;
  }

  private static void require(Map<String, String> errors, boolean condition, String field, String message) {
    if (!condition) {
      errors.putIfAbsent(field, message);
    }
  }

  private static boolean hasText(Object value) {
    return value instanceof String s && !s.isBlank();
  }
}
