package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.engine.CaseTenants;
import com.huifang.engine.DateInput;
import com.huifang.engine.DateText;
import com.huifang.engine.FollowsRules;
import com.huifang.engine.OneOf;
import com.huifang.owner.Phone;
import com.huifang.web.ApiRequest;
import com.huifang.web.WrongType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * C1: a complaint or suggestion as it is received, from any channel: as {@code POST /api/complaints} takes it, and
 * as the intake form's listener reads it ({@link ComplaintIntakeRules#check}); {@code officeId} names the management
 * office when it is not the unit's (issue 27); {@code receivedAt} the 接待 time when the complaint was taken earlier than
 * it is registered (C15: the service-level clocks run from it); {@code originCaseNumber} the revisited case when the
 * owner raised it in a revisit (channel {@code revisit}, R4). The fields' rules here; the rules that
 * tie fields together (a superior's instructions, the owner unless anonymous) in {@link #crossErrors}.
 */
@ApiRequest("投诉登记")
@FollowsRules
public record ComplaintRequest(
    @NotBlank(message = CHANNEL_REQUIRED) @OneOf(value = {"hotline", "walkIn", "letter", "online", "superior", "revisit"},
        message = CHANNEL_REQUIRED) @Size(max = MAX_TEXT, message = TOO_LONG) String channel,
    @NotBlank(message = TYPE_REQUIRED) @OneOf(value = {"complaint", "suggestion"}, message = TYPE_REQUIRED)
    @Size(max = MAX_TEXT, message = TOO_LONG) String complaintType,
    @Size(max = MAX_TEXT, message = TOO_LONG) String ownerName,
    @Size(max = MAX_TEXT, message = TOO_LONG) String unit,
    @Phone @Size(max = MAX_TEXT, message = TOO_LONG) String ownerPhone,
    @NotBlank(message = "请填写投诉内容") @Size(max = MAX_TEXT, message = TOO_LONG) String description,
    @Size(max = MAX_TEXT, message = TOO_LONG) String superiorInstructions,
    Boolean anonymous,
    Boolean replyLetterOnly,
    @WrongType("应为ISO格式的时间文本,如 2026-11-24T10:00:00+08:00")
    @DateText(message = "时间格式不正确,应为ISO格式,如 2026-11-24T10:00:00+08:00") String ownerDeadline,
    @Size(max = 64, message = "管理处编号过长(最多64位)") String officeId,
    @WrongType("应为ISO格式的时间文本,如 2026-11-24T10:00:00+08:00")
    @DateText(message = "时间格式不正确,应为ISO格式,如 2026-11-24T10:00:00+08:00") String receivedAt,
    Boolean solvedOnTheSpot,
    @Size(max = MAX_TEXT, message = TOO_LONG) String onTheSpotResolution,
    @Size(max = 64, message = "来源案件编号过长(最多64位)") String originCaseNumber)
    implements FollowsRules.Checked {

  /** The engine stores a text variable in up to 4000 characters. */
  public static final int MAX_TEXT = 4000;
  static final String TOO_LONG = "内容过长(最多" + MAX_TEXT + "字)";
  static final String CHANNEL_REQUIRED = "请选择投诉渠道";
  static final String RECEIVED_IN_FUTURE = "接待时间不能晚于现在";
  static final String TYPE_REQUIRED = "请选择类别(投诉或意见建议)";

  /**
   * The rules that tie fields together: a superior's complaint carries the superior's instructions; the owner and the
   * unit are known unless the complaint is anonymous; the 接待 time is not in the future (C15); a complaint solved on
   * the spot says how (C16).
   */
  @Override
  public Map<String, String> crossErrors(Clock clock) {
    Map<String, String> errors = new LinkedHashMap<>();
    if ("superior".equals(channel) && !hasText(superiorInstructions)) {
      errors.put(SUPERIOR_INSTRUCTIONS.name(), "上级转来的投诉须记录上级的处理意见");
    }
    if ("revisit".equals(channel) && !hasText(originCaseNumber)) {
      errors.put(ORIGIN_CASE_NUMBER.name(), "回访中提出的投诉须注明被回访的案件编号");
    }
    if (!Boolean.TRUE.equals(anonymous) && !hasText(ownerName)) {
      errors.put(OWNER_NAME.name(), "请填写业主姓名(匿名投诉请勾选匿名)");
    }
    if (!Boolean.TRUE.equals(anonymous) && !hasText(unit)) {
      errors.put(UNIT.name(), "请填写房号");
    }
    if (receivedAt != null && !receivedAt.isBlank() && DateInput.parse(receivedAt, clock.getZone())
        .map(at -> at.toInstant().isAfter(clock.instant())).orElse(false)) {
      errors.put(RECEIVED_AT.name(), RECEIVED_IN_FUTURE);
    }
    if (Boolean.TRUE.equals(solvedOnTheSpot) && "suggestion".equals(complaintType)) {
      errors.put(SOLVED_ON_THE_SPOT.name(), "当即解决只用于投诉;意见建议转物业大管家处理");
    } else if (Boolean.TRUE.equals(solvedOnTheSpot) && !hasText(onTheSpotResolution)) {
      errors.put(ON_THE_SPOT_RESOLUTION.name(), "当即解决的投诉,请记录当场如何解决");
    }
    return errors;
  }

  /**
   * The variables a complaint starts with through the API: the texts stripped, the flags false unless set, the
   * owner's deadline as a date; the start listener checks them again.
   */
  public Map<String, Object> variables(ZoneId zone) {
    Map<String, Object> variables = new LinkedHashMap<>();
    text(variables, CHANNEL.name(), channel);
    text(variables, COMPLAINT_TYPE.name(), complaintType);
    text(variables, OWNER_NAME.name(), ownerName);
    text(variables, UNIT.name(), unit);
    text(variables, OWNER_PHONE.name(), ownerPhone);
    text(variables, DESCRIPTION.name(), description);
    text(variables, SUPERIOR_INSTRUCTIONS.name(), superiorInstructions);
    text(variables, ORIGIN_CASE_NUMBER.name(), originCaseNumber);
    if (ownerDeadline != null && !ownerDeadline.isBlank()) {
      DateInput.parse(ownerDeadline, zone).ifPresent(due -> variables.put(OWNER_DEADLINE, due));
    }
    variables.put(ANONYMOUS.name(), Boolean.TRUE.equals(anonymous));
    variables.put(REPLY_LETTER_ONLY.name(), Boolean.TRUE.equals(replyLetterOnly));
    variables.put(SOLVED_ON_THE_SPOT.name(), Boolean.TRUE.equals(solvedOnTheSpot));
    text(variables, ON_THE_SPOT_RESOLUTION.name(), onTheSpotResolution);
    if (receivedAt != null && !receivedAt.isBlank()) {
      // C15: the 接待 time when the complaint was taken before it is registered; the start listener refuses a future one
      DateInput.parse(receivedAt, zone).ifPresent(at -> variables.put(RECEIVED_AT.name(), at));
    }
    if (hasText(officeId)) {
      // issue 27: the office chosen at intake; without it the unit's office (engine/TenantPerCase)
      variables.put(CaseTenants.OFFICE_ID, officeId.strip());
    }
    return variables;
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
