package com.huifang.revisit;

import com.huifang.engine.FormOptions;
import com.huifang.engine.InvalidInput;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * What one revisit records (R1–R4, R6), checked before the revisit task may complete. Pure logic,
 * so it is tested without an engine.
 */
record RevisitRecord(
    String method,
    Boolean ownerSigned,
    String ownerAttitude,
    String satisfaction,
    String fixEffect,
    Boolean newIssueRaised,
    String newIssueType,
    String newIssueDescription,
    Optional<Date> replyAppointment,
    NewRepair newRepair,
    String openLetterNumber,
    String openLetterText) {

  private static final String FORM = "forms/owner-revisit-conduct.form";
  /** The new issue's kinds and a new repair's choices, as the revisit form offers them. */
  private static final Map<String, String> KINDS = FormOptions.of(FORM, OwnerRevisit.Vars.NEW_ISSUE_TYPE.name());
  private static final Map<String, String> PLACES = FormOptions.of(FORM, OwnerRevisit.Vars.NEW_ISSUE_PLACE.name());
  private static final Map<String, String> FAULT_KINDS =
      FormOptions.of(FORM, OwnerRevisit.Vars.NEW_ISSUE_FAULT_KIND.name());
  private static final Map<String, String> URGENCIES = FormOptions.of(FORM, OwnerRevisit.Vars.NEW_ISSUE_URGENCY.name());

  /** R4, P1: what a repair request raised in a revisit needs besides its description. */
  record NewRepair(String place, String faultKind, String urgency) {}

  /** The field errors, in the words staff read; empty when the record is complete. */
  InvalidInput validate(Date now) {
    var errors = new InvalidInput();
    Optional<RevisitMethod> revisitMethod = RevisitMethod.byId(method);
    errors.require(revisitMethod.isPresent(), "revisitMethod", "请选择回访方式");
    errors.require(Satisfaction.byId(satisfaction).isPresent(), "satisfaction", "请选择业主满意程度");
    errors.require(hasText(fixEffect), "fixEffect", "请填写处理效果");
    if (revisitMethod.orElse(null) == RevisitMethod.ON_SITE) {
      // R2: the owner's signature, or the attitude of an owner who refuses to sign
      errors.require(Boolean.TRUE.equals(ownerSigned) || hasText(ownerAttitude),
          "ownerAttitude", "上门回访须有业主签名;业主拒绝签名的,请记录业主的态度");
    }
    if (revisitMethod.orElse(null) == RevisitMethod.OPEN_LETTER) {
      // R6: the letter is kept in the revisit record
      errors.require(hasText(openLetterNumber), "openLetterNumber", "请填写公开信编号");
      errors.require(hasText(openLetterText), "openLetterText", "请填写公开信内容");
    }
    if (Boolean.TRUE.equals(newIssueRaised)) {
      // R4: nothing the owner says is dropped
      errors.require(hasText(newIssueDescription), "newIssueDescription", "请记录业主新提出的问题");
      errors.require(offered(KINDS, newIssueType),
          "newIssueType", "请选择新问题的类别(投诉、报修或意见建议)");
      if (NewIssue.REPAIR.equals(newIssueType)) {
        // P1: a repair request names its place, kind of fault and urgency, as at any other intake
        errors.require(newRepair != null && offered(PLACES, newRepair.place()),
            OwnerRevisit.Vars.NEW_ISSUE_PLACE.name(), "请选择报修部位(户内或公共区域)");
        errors.require(newRepair != null && offered(FAULT_KINDS, newRepair.faultKind()),
            OwnerRevisit.Vars.NEW_ISSUE_FAULT_KIND.name(), "请选择故障类别");
        errors.require(newRepair != null && offered(URGENCIES, newRepair.urgency()),
            OwnerRevisit.Vars.NEW_ISSUE_URGENCY.name(), "请选择紧急程度(紧急或一般)");
      }
      errors.require(replyAppointment.isPresent(), "replyAppointment", "请填写与业主预约的答复时间");
      errors.require(replyAppointment.map(d -> d.after(now)).orElse(true),
          "replyAppointment", "预约答复时间须晚于现在");
    }
    return errors;
  }

  boolean satisfied() {
    return Satisfaction.byId(satisfaction).map(Satisfaction::countsAsSatisfied).orElse(false);
  }

  String methodLabel() {
    return RevisitMethod.byId(method).map(RevisitMethod::label).orElse(method);
  }

  /** A new issue's kind as the revisit form names it (投诉, 报修, 意见建议). */
  static String kindLabel(String kind) {
    return kind == null ? "新问题" : KINDS.getOrDefault(kind, kind);
  }

  private static boolean offered(Map<String, String> choices, String value) {
    return value != null && choices.containsKey(value);
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
