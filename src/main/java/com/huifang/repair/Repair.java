package com.huifang.repair;

import com.huifang.engine.Variable;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/** Property repair requests (processes/property-repair.bpmn, rules P1–P6): key, element ids, variables, labels. */
public final class Repair {

  public static final String KEY = "property-repair";
  /** P1: case numbers WX-yyyyMMdd-NNNN (报修), the business key. */
  public static final String NUMBER_PREFIX = "WX";
  public static final String SERVICE_LEVEL_DECISION = "repair-service-level";
  /** The owner revisit's category for a repair's revisit (P4). */
  public static final String REVISIT_CATEGORY = "repair";

  /** P1: the channels a repair request comes by (a revisit's new issue is R4's). */
  public static final Map<String, String> CHANNELS = labels(
      "hotline", "服务热线", "walkIn", "来访", "letter", "来函", "online", "网上报修", "revisit", "回访中提出");
  /** P1: where the fault is. */
  public static final Map<String, String> PLACES = labels("indoor", "户内", "public", "公共区域");
  /** P2: the kinds of fault the service-level table knows. */
  public static final Map<String, String> FAULT_KINDS = labels(
      "water", "给排水(漏水、堵塞)", "power", "供电照明", "gas", "燃气", "lift", "电梯", "safety", "消防安防",
      "doorWindow", "门窗五金", "facility", "公共设施", "cleaning", "清洁卫生", "greening", "园林绿化", "other", "其他");
  /** P2: urgency as taken at intake (the table makes water, power, gas, lift and safety urgent in any case). */
  public static final Map<String, String> URGENCIES = labels("urgent", "紧急", "ordinary", "一般");

  private Repair() {}

  private static Map<String, String> labels(String... pairs) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      labels.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(labels);
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_RepairReceived";
    public static final String GATEWAY_OFFICE_HOURS = "Gateway_ReceivedInOfficeHours";
    public static final String NIGHT_INTAKE = "UserTask_NightIntake";
    public static final String GATEWAY_SHIFT_JOIN = "Gateway_ShiftJoin";
    public static final String SERVICE_LEVEL = "BusinessRuleTask_RepairServiceLevel";
    public static final String ARRIVE = "UserTask_ArriveAndInspect";
    public static final String RESPONSE_MISSED = "BoundaryEvent_ResponseMissed";
    public static final String SUPERVISOR_ENSURE = "UserTask_SupervisorEnsureResponse";
    public static final String END_SUPERVISOR_URGED = "EndEvent_SupervisorUrged";
    public static final String RESPONSE_STILL_MISSED = "BoundaryEvent_ResponseStillMissed";
    public static final String MANAGER_ENSURE = "UserTask_ManagerEnsureResponse";
    public static final String END_MANAGER_URGED = "EndEvent_ManagerUrged";
    public static final String GATEWAY_WORK_JOIN = "Gateway_WorkRoundJoin";
    public static final String WORK_ORDER = "UserTask_WorkOrder";
    public static final String GATEWAY_FIXED = "Gateway_Fixed";
    public static final String CHECK_RECORD = "UserTask_CheckRepairRecord";
    public static final String GATEWAY_RECORD_SOLVED = "Gateway_RecordSolved";
    public static final String REVISIT = "CallActivity_RevisitOwner";
    public static final String GATEWAY_SATISFIED = "Gateway_OwnerSatisfied";
    public static final String END_CLOSED = "EndEvent_RepairClosed";

    private Elements() {}
  }

  /** Process variables. */
  public static final class Vars {
    // P1 intake
    public static final Variable<String> CASE_NUMBER = Variable.of("caseNumber", String.class);
    public static final Variable<String> CHANNEL = Variable.of("channel", String.class);
    public static final Variable<String> CHANNEL_LABEL = Variable.of("channelLabel", String.class);
    public static final Variable<String> OWNER_NAME = Variable.of("ownerName", String.class);
    public static final Variable<String> UNIT = Variable.of("unit", String.class);
    public static final Variable<String> OWNER_PHONE = Variable.of("ownerPhone", String.class);
    public static final Variable<String> PLACE = Variable.of("place", String.class);
    public static final Variable<String> PLACE_LABEL = Variable.of("placeLabel", String.class);
    public static final Variable<String> FAULT_KIND = Variable.of("faultKind", String.class);
    public static final Variable<String> FAULT_KIND_LABEL = Variable.of("faultKindLabel", String.class);
    public static final Variable<String> DESCRIPTION = Variable.of("description", String.class);
    public static final Variable<String> URGENCY = Variable.of("urgency", String.class);
    /** Raw, as the datetime field sends it (ISO text) or as the API's Date; read with DateInput. */
    public static final String PREFERRED_TIME = "preferredTime";
    public static final Variable<String> PREFERRED_TIME_TEXT = Variable.of("preferredTimeText", String.class);
    /** R4: the case number of the revisit that raised it. */
    public static final Variable<String> ORIGIN_CASE_NUMBER = Variable.of("originCaseNumber", String.class);
    public static final Variable<String> FIRST_CONTACT = Variable.of("firstContact", String.class);
    public static final Variable<Date> RECEIVED_AT = Variable.of("receivedAt", Date.class);
    public static final Variable<String> RECEIVED_AT_TEXT = Variable.of("receivedAtText", String.class);
    // C2, as complaint handling's shared listener (${determineShiftListener}) sets it
    public static final Variable<Boolean> RECEIVED_IN_OFFICE_HOURS = Variable.of("receivedInOfficeHours", Boolean.class);
    // the control center at night
    public static final Variable<String> NIGHT_DISPOSAL = Variable.of("nightDisposal", String.class);
    public static final Variable<String> NIGHT_RECORDED_BY = Variable.of("nightRecordedBy", String.class);
    // P2 service level (the decision's result, then what applies)
    public static final String SERVICE_LEVEL = "serviceLevel";
    public static final Variable<String> DEPARTMENT_GROUP = Variable.of("departmentGroup", String.class);
    public static final Variable<String> DEPARTMENT_LABEL = Variable.of("departmentLabel", String.class);
    public static final Variable<String> SUPERVISOR_GROUP = Variable.of("supervisorGroup", String.class);
    public static final Variable<String> MANAGER_GROUP = Variable.of("managerGroup", String.class);
    public static final Variable<String> URGENCY_APPLIED = Variable.of("urgencyApplied", String.class);
    public static final Variable<String> URGENCY_LABEL = Variable.of("urgencyLabel", String.class);
    public static final Variable<Date> RESPONSE_DUE = Variable.of("responseDue", Date.class);
    public static final Variable<String> RESPONSE_DUE_TEXT = Variable.of("responseDueText", String.class);
    public static final Variable<Date> MANAGER_ESCALATION_DUE = Variable.of("managerEscalationDue", Date.class);
    // P3 on site
    public static final Variable<String> TECHNICIAN = Variable.of("technician", String.class);
    /** Raw, as the datetime field sends it; read with DateInput. */
    public static final String ARRIVED_AT_INPUT = "arrivedAtInput";
    public static final Variable<Date> ARRIVED_AT = Variable.of("arrivedAt", Date.class);
    public static final Variable<Boolean> RESPONDED_IN_TIME = Variable.of("respondedInTime", Boolean.class);
    public static final Variable<String> FINDINGS = Variable.of("findings", String.class);
    public static final Variable<Boolean> CHARGEABLE = Variable.of("chargeable", Boolean.class);
    public static final Variable<String> AGREED_PRICE = Variable.of("agreedPrice", String.class);
    public static final Variable<Boolean> PRICE_AGREED_WITH_OWNER = Variable.of("priceAgreedWithOwner", Boolean.class);
    // P3 the work order (维修申请单)
    public static final Variable<String> WORK_DONE = Variable.of("workDone", String.class);
    public static final Variable<String> MATERIALS = Variable.of("materials", String.class);
    public static final Variable<String> LABOUR = Variable.of("labour", String.class);
    public static final Variable<Boolean> FIXED = Variable.of("fixed", Boolean.class);
    public static final Variable<Boolean> OWNER_SIGNED = Variable.of("ownerSignedWorkOrder", Boolean.class);
    public static final Variable<String> OWNER_ATTITUDE = Variable.of("ownerAttitudeWorkOrder", String.class);
    public static final Variable<Integer> WORK_VISITS = Variable.of("workVisits", Integer.class);
    public static final Variable<String> WORK_LOG = Variable.of("workLog", String.class);
    /** The materials of every visit of the order, for the 报修受理记录. */
    public static final Variable<String> MATERIALS_USED = Variable.of("materialsUsed", String.class);
    public static final Variable<Date> COMPLETED_AT = Variable.of("completedAt", Date.class);
    // P4 the record checked, then the revisit
    public static final Variable<Boolean> RECORD_SOLVED = Variable.of("recordSolved", Boolean.class);
    public static final Variable<String> CHECK_NOTE = Variable.of("checkNote", String.class);
    public static final Variable<String> REVISIT_SUBJECT = Variable.of("repairRevisitSubject", String.class);
    public static final Variable<String> LAST_REVISITED_BY = Variable.of("lastRevisitedBy", String.class);
    public static final Variable<Integer> REVISIT_COUNT = Variable.of("revisitCount", Integer.class);
    public static final Variable<Boolean> SATISFIED = Variable.of("satisfied", Boolean.class);
    public static final Variable<String> LAST_SATISFACTION = Variable.of("lastSatisfaction", String.class);

    private Vars() {}
  }
}
