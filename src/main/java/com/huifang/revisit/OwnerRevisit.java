package com.huifang.revisit;

import com.huifang.engine.Variable;
import java.util.Date;

/** The owner revisit process (processes/owner-revisit.bpmn, rules R1–R7): key, element ids, variables. */
public final class OwnerRevisit {

  public static final String KEY = "owner-revisit";
  /** Business-key prefix of a revisit started on its own (a called revisit keeps its caller's number). */
  public static final String NUMBER_PREFIX = "HF";
  public static final String DEFAULT_GROUP = "customer-service";

  private OwnerRevisit() {}

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_RevisitRequested";
    public static final String GATEWAY_ROUND_JOIN = "Gateway_RevisitRoundJoin";
    public static final String CONDUCT_REVISIT = "UserTask_ConductRevisit";
    public static final String GATEWAY_NEW_ISSUE = "Gateway_NewIssueRaised";
    public static final String OPEN_FOLLOW_UP = "ServiceTask_OpenFollowUp";
    public static final String GATEWAY_NEW_ISSUE_JOIN = "Gateway_NewIssueJoin";
    public static final String GATEWAY_SATISFIED = "Gateway_OwnerSatisfied";
    public static final String GATEWAY_WHO_RECTIFIES = "Gateway_WhoRectifies";
    public static final String RECTIFY = "UserTask_RectifyAndRevisitAgain";
    public static final String END_SATISFIED = "EndEvent_OwnerSatisfied";
    public static final String END_RETURNED = "EndEvent_ReturnedToCallerForRectification";

    private Elements() {}
  }

  /** Process variables: the caller's inputs, the revisit record (R1–R4, R6), and the outcome (R5). */
  public static final class Vars {
    // inputs (from the caller's call activity, or the start form)
    public static final Variable<String> CASE_NUMBER = Variable.of("caseNumber", String.class);
    public static final Variable<String> OWNER_NAME = Variable.of("ownerName", String.class);
    public static final Variable<String> UNIT = Variable.of("unit", String.class);
    public static final Variable<String> OWNER_PHONE = Variable.of("ownerPhone", String.class);
    public static final Variable<String> SUBJECT = Variable.of("revisitSubject", String.class);
    public static final Variable<String> CATEGORY = Variable.of("revisitCategory", String.class);
    public static final Variable<String> GROUP = Variable.of("revisitGroup", String.class);
    public static final Variable<Date> DUE = Variable.of("revisitDue", Date.class);
    public static final Variable<Boolean> CALLER_RECTIFIES = Variable.of("callerRectifies", Boolean.class);
    public static final Variable<Integer> ROUND = Variable.of("revisitRound", Integer.class);
    // the revisit record, filled in the revisit form
    public static final Variable<String> METHOD = Variable.of("revisitMethod", String.class);
    public static final Variable<Boolean> OWNER_SIGNED = Variable.of("ownerSigned", Boolean.class);
    public static final Variable<String> OWNER_ATTITUDE = Variable.of("ownerAttitude", String.class);
    public static final Variable<String> SATISFACTION = Variable.of("satisfaction", String.class);
    public static final Variable<String> FIX_EFFECT = Variable.of("fixEffect", String.class);
    public static final Variable<String> PREVENTION_SUGGESTION = Variable.of("preventionSuggestion", String.class);
    public static final Variable<String> SERVICE_SUGGESTION = Variable.of("serviceSuggestion", String.class);
    public static final Variable<Boolean> NEW_ISSUE_RAISED = Variable.of("newIssueRaised", Boolean.class);
    public static final Variable<String> NEW_ISSUE_TYPE = Variable.of("newIssueType", String.class);
    public static final Variable<String> NEW_ISSUE_DESCRIPTION = Variable.of("newIssueDescription", String.class);
    // R4: a new repair request's place, kind of fault and urgency (P1), as the repair intake asks them
    public static final Variable<String> NEW_ISSUE_PLACE = Variable.of("newIssuePlace", String.class);
    public static final Variable<String> NEW_ISSUE_FAULT_KIND = Variable.of("newIssueFaultKind", String.class);
    public static final Variable<String> NEW_ISSUE_URGENCY = Variable.of("newIssueUrgency", String.class);
    /** Raw, as the datetime field sends it; read with DateInput. */
    public static final String REPLY_APPOINTMENT = "replyAppointment";
    public static final Variable<String> OPEN_LETTER_NUMBER = Variable.of("openLetterNumber", String.class);
    public static final Variable<String> OPEN_LETTER_TEXT = Variable.of("openLetterText", String.class);
    public static final Variable<String> RECTIFICATION = Variable.of("rectification", String.class);
    // derived when the revisit form is completed
    public static final Variable<Boolean> SATISFIED = Variable.of("satisfied", Boolean.class);
    public static final Variable<String> METHOD_LABEL = Variable.of("revisitMethodLabel", String.class);
    public static final Variable<String> REVISITED_BY = Variable.of("revisitedBy", String.class);
    public static final Variable<Date> REVISITED_AT = Variable.of("revisitedAt", Date.class);
    /** R4: the number of the case the revisit's new issue became (a complaint, a suggestion or a repair request). */
    public static final Variable<String> FOLLOW_UP_NUMBER = Variable.of("followUpCaseNumber", String.class);
    // R7: each round's record, kept as local variables of its 回访业主 task, so that history holds every
    // round (the process variables above keep only the last one) and the KPIs K2, K3, K5 count rounds
    public static final Variable<String> ROUND_METHOD = Variable.of("roundRevisitMethod", String.class);
    public static final Variable<Boolean> ROUND_OWNER_SIGNED = Variable.of("roundOwnerSigned", Boolean.class);
    public static final Variable<String> ROUND_SATISFACTION = Variable.of("roundSatisfaction", String.class);
    // the rest of a round's record, for the 回访记录表 (R7): which round, the attitude of an owner who would not sign,
    // the effect of the fix, the owner's suggestions, the open letter, and a new issue the owner raised (R4)
    public static final Variable<Integer> ROUND_NUMBER = Variable.of("roundNumber", Integer.class);
    public static final Variable<String> ROUND_OWNER_ATTITUDE = Variable.of("roundOwnerAttitude", String.class);
    public static final Variable<String> ROUND_FIX_EFFECT = Variable.of("roundFixEffect", String.class);
    public static final Variable<String> ROUND_PREVENTION_SUGGESTION =
        Variable.of("roundPreventionSuggestion", String.class);
    public static final Variable<String> ROUND_SERVICE_SUGGESTION = Variable.of("roundServiceSuggestion", String.class);
    public static final Variable<String> ROUND_OPEN_LETTER_NUMBER = Variable.of("roundOpenLetterNumber", String.class);
    public static final Variable<String> ROUND_NEW_ISSUE = Variable.of("roundNewIssue", String.class);

    private Vars() {}
  }
}
