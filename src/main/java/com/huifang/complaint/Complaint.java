package com.huifang.complaint;

import com.huifang.identity.StaffGroup;
import com.huifang.engine.Variable;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/** Complaint handling (processes/complaint-handling.bpmn, rules C1–C21): key, element ids, variables. */
public final class Complaint {

  public static final String KEY = "complaint-handling";
  /** C14: case numbers TS-yyyyMMdd-NNNN, the business key. */
  public static final String NUMBER_PREFIX = "TS";
  public static final String SEVERITY_DECISION = "complaint-severity";
  public static final String SERVICE_LEVEL_DECISION = "complaint-service-level";
  /** C9, C17: losses of this many yuan or more (500 元以上 includes 500) need a non-conformity record. */
  public static final int NON_CONFORMITY_LOSS_YUAN = 500;
  /** C4: the severities, from the lowest, with the labels staff see. */
  public static final Map<String, String> SEVERITY_LABELS = severityLabels();

  private static Map<String, String> severityLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("general", "一般");
    labels.put("important", "重要");
    labels.put("major", "重大");
    return Collections.unmodifiableMap(labels);
  }

  private Complaint() {}

  /**
   * C8: the four responsible departments of SPEC, one fixed row each on the dispatch form: a checkbox
   * {@code dispatch<Name>}, the deadline {@code due<Name>} (a date/time, as the form sends it) and the
   * instructions {@code instructions<Name>}.
   */
  public enum Department {
    ENGINEERING(StaffGroup.DEPT_ENGINEERING, "Engineering"),
    SECURITY(StaffGroup.DEPT_SECURITY, "Security"),
    CLEANING(StaffGroup.DEPT_CLEANING, "Cleaning"),
    GREENING(StaffGroup.DEPT_GREENING, "Greening");

    private final StaffGroup group;
    private final Variable<Boolean> dispatch;
    private final String due;
    private final Variable<String> instructions;

    Department(StaffGroup group, String name) {
      this.group = group;
      this.dispatch = Variable.of("dispatch" + name, Boolean.class);
      this.due = "due" + name;
      this.instructions = Variable.of("instructions" + name, String.class);
    }

    public StaffGroup group() {
      return group;
    }

    /** The checkbox 派工到…: true when the department gets work. */
    public Variable<Boolean> dispatch() {
      return dispatch;
    }

    /** The deadline as the form sends it (ISO text with offset) or as a Date; read with {@code DateInput}. */
    public String due() {
      return due;
    }

    public Variable<String> instructions() {
      return instructions;
    }

    /** The form's variables dispatching this department with {@code due} (ISO date/time) and {@code instructions}. */
    public Map<String, Object> dispatched(String due, String instructions) {
      Map<String, Object> vars = new LinkedHashMap<>();
      vars.put(this.dispatch.name(), true);
      vars.put(this.due, due);
      vars.put(this.instructions.name(), instructions);
      return vars;
    }
  }

  public static final class Elements {
    public static final String START = "StartEvent_ComplaintReceived";
    public static final String NIGHT_SHIFT = "UserTask_NightShiftDisposal";
    public static final String NEXT_OFFICE_DAY = "TimerEvent_NextOfficeDay";
    public static final String HANDLE_SUGGESTION = "UserTask_HandleSuggestion";
    /** C19: the department the senior housekeeper chose acts and reports, the owner is answered, the chief told. */
    public static final String SUGGESTION_DEPARTMENT_WORK = "UserTask_SuggestionDepartmentWork";
    public static final String REPLY_SUGGESTION = "UserTask_ReplySuggestion";
    public static final String INFORM_CHIEF_OF_SUGGESTION = "UserTask_InformChiefOfSuggestion";
    public static final String END_SUGGESTION = "EndEvent_SuggestionHandled";
    public static final String PROPOSE_SEVERITY = "BusinessRuleTask_ProposeSeverity";
    public static final String SOLVED_ON_THE_SPOT_GATEWAY = "Gateway_SolvedOnTheSpot";
    public static final String CLASSIFY = "UserTask_ClassifyComplaint";
    public static final String DETERMINE_SERVICE_LEVEL = "BusinessRuleTask_DetermineServiceLevel";
    public static final String INFORM_AT_ONCE = "UserTask_InformAtOnce";
    public static final String INFORMED_AT_ONCE = "EndEvent_InformedAtOnce";
    public static final String ANSWER_OWNER = "UserTask_AnswerOwner";
    public static final String ANSWER_DEADLINE = "BoundaryEvent_AnswerDeadline";
    public static final String ENSURE_ANSWERED = "UserTask_EnsureOwnerAnswered";
    public static final String DISPATCH = "UserTask_DispatchDepartments";
    public static final String DEPARTMENT_WORK = "UserTask_DepartmentWork";
    public static final String RESOLVE = "UserTask_ResolveComplaint";
    public static final String RESOLUTION_DEADLINE = "BoundaryEvent_ResolutionDeadline";
    public static final String APPROVE_EXTENSION = "UserTask_ApproveExtension";
    public static final String NON_CONFORMITY_NEEDED = "Gateway_NonConformityNeeded";
    public static final String RECORD_NON_CONFORMITY = "UserTask_RecordNonConformity";
    public static final String APPROVE_NON_CONFORMITY = "UserTask_ApproveNonConformity";
    public static final String CLOSE_OUT_NON_CONFORMITY = "UserTask_CloseOutNonConformity";
    public static final String REPORT_RESULT = "UserTask_ReportResult";
    /** C18: the office manager receives the result the customer-service center logged; the case closes after. */
    public static final String RECEIVE_RESULT = "UserTask_ReceiveResult";
    public static final String ATTACH_REPLY_LETTER = "UserTask_AttachReplyLetter";
    public static final String REVISIT_OWNER = "CallActivity_RevisitOwner";
    public static final String RECTIFY = "UserTask_RectifyComplaint";
    public static final String CORRECTIVE_ACTION = "UserTask_WriteCorrectiveActionReport";
    public static final String INFORM_FIRST_CONTACT = "UserTask_InformFirstContact";
    public static final String END_CLOSED = "EndEvent_ComplaintClosed";
    public static final String THIRTY_DAYS_OPEN = "StartEvent_ThirtyDaysOpen";
    public static final String UPGRADE_TO_MAJOR = "ServiceTask_UpgradeToMajor";
    public static final String ACKNOWLEDGE_UPGRADE = "UserTask_AcknowledgeMajorUpgrade";

    private Elements() {}
  }

  public static final class Vars {
    // C1 intake
    public static final Variable<String> CASE_NUMBER = Variable.of("caseNumber", String.class);
    public static final Variable<String> CHANNEL = Variable.of("channel", String.class);
    public static final Variable<String> SUPERIOR_INSTRUCTIONS = Variable.of("superiorInstructions", String.class);
    /** R4: the revisited case, when the owner raised this complaint or suggestion in a revisit (channel revisit). */
    public static final Variable<String> ORIGIN_CASE_NUMBER = Variable.of("originCaseNumber", String.class);
    /** R4: the time agreed with the owner in that revisit for the reply. */
    public static final Variable<Date> REPLY_APPOINTMENT = Variable.of("replyAppointment", Date.class);
    public static final Variable<String> OWNER_NAME = Variable.of("ownerName", String.class);
    public static final Variable<String> UNIT = Variable.of("unit", String.class);
    public static final Variable<String> OWNER_PHONE = Variable.of("ownerPhone", String.class);
    public static final Variable<Boolean> ANONYMOUS = Variable.of("anonymous", Boolean.class);
    public static final Variable<Boolean> REPLY_LETTER_ONLY = Variable.of("replyLetterOnly", Boolean.class);
    public static final Variable<String> COMPLAINT_TYPE = Variable.of("complaintType", String.class);
    public static final Variable<String> DESCRIPTION = Variable.of("description", String.class);
    public static final Variable<String> FIRST_CONTACT = Variable.of("firstContact", String.class);
    /** C16: fixed on the spot at receipt (当即解决), with what was done. */
    public static final Variable<Boolean> SOLVED_ON_THE_SPOT = Variable.of("solvedOnTheSpot", Boolean.class);
    public static final Variable<String> ON_THE_SPOT_RESOLUTION = Variable.of("onTheSpotResolution", String.class);
    /** C15: the 接待 time, as recorded at intake (given, not in the future) or the moment the case started. */
    public static final Variable<Date> RECEIVED_AT = Variable.of("receivedAt", Date.class);
    /**
     * C15: when the C5 clocks start: the receipt, or, for a night complaint the owner agreed to defer (C2), the start
     * of the next office day.
     */
    public static final Variable<Date> CLOCKS_START = Variable.of("clocksStartAt", Date.class);
    /** C15: the classification is due within the answer window of the proposed severity, from {@link #CLOCKS_START}. */
    public static final Variable<Date> CLASSIFY_DUE = Variable.of("classifyDue", Date.class);
    // C2 day and night shift
    public static final Variable<Boolean> RECEIVED_IN_OFFICE_HOURS = Variable.of("receivedInOfficeHours", Boolean.class);
    public static final Variable<Date> NEXT_OFFICE_DAY_START = Variable.of("nextOfficeDayStart", Date.class);
    public static final Variable<Boolean> URGENT = Variable.of("urgent", Boolean.class);
    public static final Variable<String> NIGHT_DISPOSAL = Variable.of("nightDisposal", String.class);
    public static final Variable<Boolean> OWNER_CONSENTS_TO_DEFER = Variable.of("ownerConsentsToDefer", Boolean.class);
    public static final Variable<Boolean> DEFER_TO_NEXT_OFFICE_DAY = Variable.of("deferToNextOfficeDay", Boolean.class);
    /** Raw from the form (a datetime string) or a Date from the API. */
    public static final String OWNER_DEADLINE = "ownerDeadline";
    public static final Variable<Boolean> REVISITABLE = Variable.of("revisitable", Boolean.class);
    // C4 severity
    public static final Variable<String> PROPOSED_SEVERITY = Variable.of("proposedSeverity", String.class);
    public static final Variable<String> SEVERITY = Variable.of("severity", String.class);
    public static final Variable<String> SEVERITY_LABEL = Variable.of("severityLabel", String.class);
    /** What the handler found the cause to be when resolving (处理投诉: company, otherOwner, developer, municipal). */
    public static final Variable<String> CAUSE_CATEGORY = Variable.of("causeCategory", String.class);
    public static final Variable<String> OVERRIDE_REASON = Variable.of("overrideReason", String.class);
    // C5 service level
    public static final Variable<String> HANDLER_GROUP = Variable.of("handlerGroup", String.class);
    public static final Variable<String> REPORT_TO_GROUP = Variable.of("reportToGroup", String.class);
    public static final Variable<String> EXTENSION_APPROVER_GROUP = Variable.of("extensionApproverGroup", String.class);
    public static final Variable<String> ANSWER_ESCALATION_GROUP = Variable.of("answerEscalationGroup", String.class);
    public static final Variable<String> UPGRADE_GROUP = Variable.of("upgradeGroup", String.class);
    /** C5: the groups told at once, a list (one notice task each; none for a general complaint). */
    public static final String INFORM_AT_ONCE_GROUPS = "informAtOnceGroups";
    public static final Variable<String> UPGRADED_SEVERITY = Variable.of("upgradedSeverity", String.class);
    public static final Variable<String> ANSWER_WITHIN = Variable.of("answerWithin", String.class);
    public static final Variable<String> RESOLVE_WITHIN = Variable.of("resolveWithin", String.class);
    public static final Variable<Date> ANSWER_DUE = Variable.of("answerDue", Date.class);
    public static final Variable<Date> RESOLVE_DUE = Variable.of("resolveDue", Date.class);
    // C6 escalation
    public static final Variable<Boolean> OWNER_ANSWERED = Variable.of("ownerAnswered", Boolean.class);
    public static final Variable<Boolean> EXTENSION_APPROVED = Variable.of("extensionApproved", Boolean.class);
    public static final String EXTENDED_DEADLINE = "extendedDeadline";
    public static final Variable<String> SERVICE_LEVEL_SEVERITY = Variable.of("serviceLevelSeverity", String.class);
    /** The decision results, stored as JSON objects. */
    public static final String SEVERITY_PROPOSAL = "severityProposal";
    public static final String SERVICE_LEVEL = "serviceLevel";
    // C8 departments
    /** The checked list the multi-instance runs over: one map {department, departmentName, due, instructions} each. */
    public static final String DEPARTMENT_ASSIGNMENTS = "departmentAssignments";
    /** Each department's report, "部门:结果", in the order they came in. */
    public static final String DEPARTMENT_REPORTS = "departmentReports";
    public static final Variable<String> DEPARTMENT_REPORTS_TEXT = Variable.of("departmentReportsText", String.class);
    public static final Variable<String> DEPARTMENT_RESULT = Variable.of("departmentResult", String.class);
    // C9, C10, C12, C13
    public static final Variable<String> RESOLUTION = Variable.of("resolution", String.class);
    /** A number as the form sends it (Long or Double), in yuan. */
    public static final String ECONOMIC_LOSS = "economicLoss";
    public static final Variable<Boolean> NON_CONFORMITY = Variable.of("nonConformity", Boolean.class);
    // C17 the non-conformity record (不合格品/服务记录处理单): why, who fills and approves it, its content
    /** 处理投诉: the office cannot solve it; the general manager convenes. */
    public static final Variable<Boolean> OFFICE_CANNOT_SOLVE = Variable.of("officeCannotSolve", Boolean.class);
    /** loss, multiDepartment or cannotSolve; null when no record is needed. */
    public static final Variable<String> NON_CONFORMITY_REASON = Variable.of("nonConformityReason", String.class);
    public static final Variable<String> NON_CONFORMITY_REASON_LABEL = Variable.of("nonConformityReasonLabel", String.class);
    public static final Variable<String> NON_CONFORMITY_FILLER_GROUP = Variable.of("nonConformityFillerGroup", String.class);
    public static final Variable<String> NON_CONFORMITY_APPROVER_GROUP = Variable.of("nonConformityApproverGroup", String.class);
    /** Who filled the record: a returned record goes back to this user. */
    public static final Variable<String> NON_CONFORMITY_FILLER = Variable.of("nonConformityFiller", String.class);
    public static final Variable<String> NON_CONFORMITY_APPROVER = Variable.of("nonConformityApprover", String.class);
    public static final Variable<Boolean> NON_CONFORMITY_APPROVED = Variable.of("nonConformityApproved", Boolean.class);
    public static final Variable<String> NON_CONFORMITY_RETURN_REASON = Variable.of("nonConformityReturnReason", String.class);
    public static final Variable<String> NON_CONFORMITY_CONTENT = Variable.of("nonConformityContent", String.class);
    public static final Variable<String> CAUSE_ANALYSIS = Variable.of("causeAnalysis", String.class);
    public static final Variable<String> RESPONSIBLE_PERSON = Variable.of("responsiblePerson", String.class);
    public static final Variable<String> NON_CONFORMITY_ACTION = Variable.of("correctiveAction", String.class);
    /** Raw from the form (a datetime text), stored back as a Date. */
    public static final String CORRECTIVE_ACTION_DUE = "correctiveActionDue";
    public static final Variable<String> CORRECTIVE_ACTION_RESULT = Variable.of("correctiveActionResult", String.class);
    public static final Variable<String> CLOSE_OUT_CHECK = Variable.of("closeOutCheck", String.class);
    public static final Variable<String> CLOSED_OUT_BY = Variable.of("closedOutBy", String.class);
    public static final Variable<Boolean> CORRECTIVE_ACTION_NEEDED = Variable.of("correctiveActionNeeded", Boolean.class);
    // C18 the complaint log entry (客户投诉登记表), written by the customer-service center
    public static final Variable<String> LOG_CAUSE_ANALYSIS = Variable.of("logCauseAnalysis", String.class);
    public static final Variable<String> LOG_CORRECTIVE_ACTION = Variable.of("logCorrectiveAction", String.class);
    public static final Variable<String> LOG_ACTION_RESULT = Variable.of("logActionResult", String.class);
    /** The entry as the log task before C18 took it, one text (cases started on an earlier version). */
    public static final Variable<String> RESULT_REPORT = Variable.of("resultReport", String.class);
    // C19 suggestions
    public static final Variable<String> FORWARDED_DEPARTMENT = Variable.of("forwardedDepartment", String.class);
    public static final Variable<String> FORWARDED_DEPARTMENT_NAME = Variable.of("forwardedDepartmentName", String.class);
    public static final Variable<String> SUGGESTION_INSTRUCTIONS = Variable.of("suggestionInstructions", String.class);
    public static final Variable<String> ACTION_TAKEN = Variable.of("actionTaken", String.class);
    public static final Variable<String> SUGGESTION_REPLY = Variable.of("suggestionReply", String.class);
    public static final Variable<Boolean> SATISFIED = Variable.of("satisfied", Boolean.class);
    public static final Variable<Integer> REVISIT_COUNT = Variable.of("revisitCount", Integer.class);
    /** The last revisit's satisfaction (R3), from the called owner revisit. */
    public static final Variable<String> LAST_SATISFACTION = Variable.of("lastSatisfaction", String.class);
    public static final Variable<String> ANSWER_CONTENT = Variable.of("answerContent", String.class);

    private Vars() {}
  }
}
