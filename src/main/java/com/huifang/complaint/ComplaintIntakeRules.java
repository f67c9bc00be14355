package com.huifang.complaint;

import com.huifang.owner.PhoneNumber;
import static com.huifang.complaint.Complaint.Vars.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * C1: what a complaint needs at receipt. One set of rules for every way in: the intake form (checked by
 * {@link PrepareComplaintListener} when the process starts) and the intake API (checked before it starts).
 */
public final class ComplaintIntakeRules {

  public static final Set<String> CHANNELS = Set.of("hotline", "walkIn", "letter", "online", "superior");
  public static final Set<String> TYPES = Set.of("complaint", "suggestion");
  /** The engine stores a text variable in up to 4000 characters. */
  public static final int MAX_TEXT = 4000;
  /** The text fields of the intake. */
  public static final List<String> TEXT_FIELDS = List.of(CHANNEL.name(), COMPLAINT_TYPE.name(), OWNER_NAME.name(),
      UNIT.name(), OWNER_PHONE.name(), DESCRIPTION.name(), SUPERIOR_INSTRUCTIONS.name());

  private ComplaintIntakeRules() {}

  /** Every broken rule, field → message in the words staff read; empty when the intake is complete. */
  public static Map<String, String> check(Map<String, ?> intake) {
    Map<String, String> errors = new LinkedHashMap<>();
    boolean anonymous = Boolean.TRUE.equals(intake.get(ANONYMOUS.name()));
    String channel = text(intake, CHANNEL.name());
    String phone = text(intake, OWNER_PHONE.name());
    require(errors, channel != null && CHANNELS.contains(channel), CHANNEL.name(), "请选择投诉渠道");
    String type = text(intake, COMPLAINT_TYPE.name());
    require(errors, type != null && TYPES.contains(type), COMPLAINT_TYPE.name(), "请选择类别(投诉或意见建议)");
    require(errors, hasText(text(intake, DESCRIPTION.name())), DESCRIPTION.name(), "请填写投诉内容");
    require(errors, !"superior".equals(channel) || hasText(text(intake, SUPERIOR_INSTRUCTIONS.name())),
        SUPERIOR_INSTRUCTIONS.name(), "上级转来的投诉须记录上级的处理意见");
    require(errors, anonymous || hasText(text(intake, OWNER_NAME.name())), OWNER_NAME.name(), "请填写业主姓名(匿名投诉请勾选匿名)");
    require(errors, anonymous || hasText(text(intake, UNIT.name())), UNIT.name(), "请填写房号");
    require(errors, !hasText(phone) || PhoneNumber.isValid(phone), OWNER_PHONE.name(), PhoneNumber.INVALID);
    for (String field : TEXT_FIELDS) {
      String value = text(intake, field);
      require(errors, value == null || value.length() <= MAX_TEXT, field, "内容过长(最多" + MAX_TEXT + "字)");
    }
    return errors;
  }

  private static void require(Map<String, String> errors, boolean condition, String field, String message) {
    if (!condition) {
      errors.putIfAbsent(field, message);
    }
  }

  private static String text(Map<String, ?> intake, String field) {
    return intake.get(field) instanceof String s ? s : null;
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
