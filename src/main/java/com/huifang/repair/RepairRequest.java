package com.huifang.repair;

import static com.huifang.repair.Repair.Vars.*;

import com.huifang.engine.CaseTenants;
import com.huifang.engine.DateInput;
import com.huifang.engine.DateText;
import com.huifang.engine.FollowsRules;
import com.huifang.engine.FormValues;
import com.huifang.engine.OneOf;
import com.huifang.engine.Rules;
import com.huifang.owner.Phone;
import com.huifang.web.ApiRequest;
import com.huifang.web.WrongType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * P1: a repair request as it is received, from any channel, by any staff member (首问责任制): as
 * {@code POST /api/repairs} takes it, and as the intake form's listener reads it ({@link #check}). {@code officeId}
 * names the management office when it is not the unit's; {@code originCaseNumber} the revisit that raised it (R4).
 */
@ApiRequest("报修登记")
@FollowsRules
public record RepairRequest(
    @NotBlank(message = CHANNEL_HINT) @OneOf(value = {"hotline", "walkIn", "letter", "online", "revisit"},
        message = CHANNEL_HINT) @Size(max = MAX_TEXT, message = TOO_LONG) String channel,
    @NotBlank(message = "请填写业主姓名") @Size(max = MAX_TEXT, message = TOO_LONG) String ownerName,
    @NotBlank(message = "请填写房号") @Size(max = MAX_TEXT, message = TOO_LONG) String unit,
    @Phone @Size(max = MAX_TEXT, message = TOO_LONG) String ownerPhone,
    @NotBlank(message = PLACE_HINT) @OneOf(value = {"indoor", "public"}, message = PLACE_HINT)
    @Size(max = MAX_TEXT, message = TOO_LONG) String place,
    @NotBlank(message = KIND_HINT) @OneOf(value = {"water", "power", "gas", "lift", "safety", "doorWindow", "facility",
        "cleaning", "greening", "other"}, message = KIND_HINT) @Size(max = MAX_TEXT, message = TOO_LONG) String faultKind,
    @NotBlank(message = "请填写报修内容") @Size(max = MAX_TEXT, message = TOO_LONG) String description,
    @NotBlank(message = URGENCY_HINT) @OneOf(value = {"urgent", "ordinary"}, message = URGENCY_HINT)
    @Size(max = MAX_TEXT, message = TOO_LONG) String urgency,
    @WrongType(DATE_HINT) @DateText(message = DATE_HINT) String preferredTime,
    @Size(max = 64, message = "来源案件编号过长(最多64位)") String originCaseNumber,
    @Size(max = 64, message = "管理处编号过长(最多64位)") String officeId)
    implements FollowsRules.Checked {

  /** The engine stores a text variable in up to 4000 characters. */
  static final int MAX_TEXT = 4000;
  static final String TOO_LONG = "内容过长(最多" + MAX_TEXT + "字)";
  static final String CHANNEL_HINT = "请选择报修渠道(服务热线、来访、来函、网上报修或回访中提出)";
  static final String PLACE_HINT = "请选择报修部位(户内或公共区域)";
  static final String KIND_HINT = "请选择故障类别";
  static final String URGENCY_HINT = "请选择紧急程度(紧急或一般)";
  static final String DATE_HINT = "时间格式不正确,应为ISO格式,如 2026-11-24T10:00:00+08:00";

  /** A time the owner chose lies ahead; a request raised in a revisit names that revisit (R4). */
  @Override
  public Map<String, String> crossErrors(Clock clock) {
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<Date> preferred = preferredTime == null ? Optional.empty() : DateInput.parse(preferredTime, clock.getZone());
    if (preferred.isPresent() && !preferred.get().toInstant().isAfter(clock.instant())) {
      errors.put(PREFERRED_TIME, "业主预约的维修时间须晚于现在");
    }
    if ("revisit".equals(channel) && !hasText(originCaseNumber)) {
      errors.put(ORIGIN_CASE_NUMBER.name(), "回访中提出的报修须注明回访的案件编号");
    }
    return errors;
  }

  /** The variables a repair starts with through the API: texts stripped, the owner's time as a date. */
  public Map<String, Object> variables(ZoneId zone) {
    Map<String, Object> variables = new LinkedHashMap<>();
    text(variables, CHANNEL.name(), channel);
    text(variables, OWNER_NAME.name(), ownerName);
    text(variables, UNIT.name(), unit);
    text(variables, OWNER_PHONE.name(), ownerPhone);
    text(variables, PLACE.name(), place);
    text(variables, FAULT_KIND.name(), faultKind);
    text(variables, DESCRIPTION.name(), description);
    text(variables, URGENCY.name(), urgency);
    text(variables, ORIGIN_CASE_NUMBER.name(), originCaseNumber);
    if (hasText(preferredTime)) {
      DateInput.parse(preferredTime, zone).ifPresent(at -> variables.put(PREFERRED_TIME, at));
    }
    if (hasText(officeId)) {
      variables.put(CaseTenants.OFFICE_ID, officeId.strip());
    }
    return variables;
  }

  /** Every broken rule of what a start form (or the engine's REST API) submitted, field → message. */
  static Map<String, String> check(Map<String, ?> submitted, ZoneId zone) {
    FormValues values = new FormValues(submitted);
    Object preferred = values.raw(PREFERRED_TIME);
    RepairRequest request = new RepairRequest(values.text(CHANNEL.name()), values.text(OWNER_NAME.name()),
        values.text(UNIT.name()), values.text(OWNER_PHONE.name()), values.text(PLACE.name()),
        values.text(FAULT_KIND.name()), values.text(DESCRIPTION.name()), values.text(URGENCY.name()),
        preferred instanceof Date date ? date.toInstant().toString() : blankToNull(values.text(PREFERRED_TIME)),
        values.text(ORIGIN_CASE_NUMBER.name()), values.text(CaseTenants.OFFICE_ID));
    return FormValues.firstPerField(values.errors(), Rules.fieldErrors(request), request.crossErrors(Rules.clock(zone)));
  }

  private static String blankToNull(String s) {
    return hasText(s) ? s : null;
  }

  private static void text(Map<String, Object> variables, String name, String value) {
    if (value != null) {
      variables.put(name, value.strip());
    }
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
