package com.huifang.revisit;

import com.huifang.engine.InvalidInput;
import java.util.Date;
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
    String openLetterNumber,
    String openLetterText) {

  static final String COMPLAINT = "complaint";
  static final String SUGGESTION = "suggestion";

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
      errors.require(COMPLAINT.equals(newIssueType) || SUGGESTION.equals(newIssueType),
          "newIssueType", "请选择新问题的类别(投诉或意见建议)");
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

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
