package com.huifang.warranty;

import static com.huifang.warranty.Warranty.Vars.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huifang.engine.DateInput;
import com.huifang.engine.FormValues;
import com.huifang.engine.Rules;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * W1: a warranty registration checked, one set of rules for every way in: the {@link WarrantyRequest}'s constraints
 * and the rules that need today ({@link #crossErrors}). The API validates its request record with them; the start
 * form's listener reads the submitted variables into the same record ({@link #check}).
 *
 * @param errors field → message, empty when the registration is complete
 */
public record WarrantyRegistration(Map<String, String> errors, LocalDate handover, Set<WorkKind> work, int years) {

  public static final int MAX_YEARS = WarrantyRequest.MAX_YEARS;
  public static final List<String> TEXT_FIELDS = List.of(PROJECT_NAME.name(), OWNER_NAME.name(), UNIT.name(),
      OWNER_PHONE.name());
  private static final ObjectMapper JSON = new ObjectMapper();

  public boolean valid() {
    return errors.isEmpty();
  }

  /** Reads and checks a registration as the start form (or a REST call to the engine) sends it. */
  public static WarrantyRegistration check(Map<String, ?> input, LocalDate today, ZoneId zone) {
    FormValues values = new FormValues(input);
    Object rawHandover = values.raw(HANDOVER_DATE);
    String handover = rawHandover instanceof Date date
        ? date.toInstant().atZone(zone).toLocalDate().toString() : values.text(HANDOVER_DATE);
    List<String> codes = codes(values.raw(WORK_KINDS));
    if (codes == null) {
      values.refuse(WORK_KINDS, "施工项目格式不正确");
    }
    WarrantyRequest request = new WarrantyRequest(values.text(PROJECT_NAME.name()), values.text(OWNER_NAME.name()),
        values.text(UNIT.name()), values.text(OWNER_PHONE.name()), handover, codes,
        values.whole(WARRANTY_YEARS));
    Map<String, String> errors = FormValues.firstPerField(values.errors(), Rules.fieldErrors(request),
        crossErrors(request, today, zone));
    return new WarrantyRegistration(errors, handoverOf(request, zone), workOf(request), request.years());
  }

  /** The rules that need today: the handover is not later than today, and its warranty has not ended (W1, W7). */
  static Map<String, String> crossErrors(WarrantyRequest request, LocalDate today, ZoneId zone) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate handover = handoverOf(request, zone);
    Integer years = request.warrantyYears();
    boolean yearsValid = years == null || years >= 1 && years <= MAX_YEARS;
    if (handover != null && handover.isAfter(today)) {
      errors.put(HANDOVER_DATE, "竣工交付日期不能晚于今天");
    } else if (handover != null && yearsValid && !handover.plusYears(request.years()).isAfter(today)) {
      errors.put(HANDOVER_DATE, "保修期已满(" + handover.plusYears(request.years()) + "),无需登记回访保修");
    }
    return errors;
  }

  /** The handover date, when the text is one. */
  static LocalDate handoverOf(WarrantyRequest request, ZoneId zone) {
    return request.handoverDate() == null ? null : DateInput.parse(request.handoverDate(), zone)
        .map(d -> d.toInstant().atZone(zone).toLocalDate()).orElse(null);
  }

  private static Set<WorkKind> workOf(WarrantyRequest request) {
    Set<WorkKind> work = EnumSet.noneOf(WorkKind.class);
    if (request.workKinds() != null) {
      request.workKinds().forEach(code -> WorkKind.byCode(code).ifPresent(work::add));
    }
    return work;
  }

  /** The work as stored: codes joined by commas, in the order of {@link WorkKind}. */
  public String workCodes() {
    return work.stream().map(WorkKind::code).collect(Collectors.joining(","));
  }

  public String workLabels() {
    return work.stream().map(WorkKind::label).collect(Collectors.joining("、"));
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
}
