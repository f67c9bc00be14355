package com.huifang.revisit;

import java.util.Date;

/**
 * R4: a new issue an owner raised during a revisit that could not be answered on the spot, as the revisit recorded
 * it, handed to the feature that opens a case of its kind ({@link NewIssueIntake}).
 *
 * @param kind {@link #COMPLAINT}, {@link #SUGGESTION} or {@link #REPAIR}
 * @param originCaseNumber the revisited case, which the new case names as its origin
 * @param raisedTo the staff member who did the revisit: the new case's first contact (首问责任人)
 * @param officeId the revisit's management office (its tenant), or null
 * @param replyAppointment the time agreed with the owner for the reply
 * @param place, faultKind, urgency a repair request's place, kind of fault and urgency (P1); null for the others
 */
public record NewIssue(
    String kind,
    String originCaseNumber,
    String ownerName,
    String unit,
    String ownerPhone,
    String description,
    Date replyAppointment,
    String raisedTo,
    String officeId,
    String place,
    String faultKind,
    String urgency) {

  public static final String COMPLAINT = "complaint";
  public static final String SUGGESTION = "suggestion";
  public static final String REPAIR = "repair";
  /** The channel code a case opened from a revisit carries (回访中提出). */
  public static final String CHANNEL = "revisit";
}
