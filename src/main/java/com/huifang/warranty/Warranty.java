package com.huifang.warranty;

import com.huifang.engine.Variable;
import java.util.Date;

/**
 * Renovation warranty revisits (processes/renovation-warranty.bpmn) and warranty repairs
 * (processes/warranty-repair.bpmn), rules W1–W7: keys, element ids, variables.
 */
public final class Warranty {

  public static final String KEY = "renovation-warranty";
  public static final String REPAIR_KEY = "warranty-repair";
  /** W6 from Tasklist: registers a repair request and hands it to its case (processes/warranty-repair-request.bpmn). */
  public static final String REPAIR_REQUEST_KEY = "warranty-repair-request";
  public static final String COST_DECISION = "warranty-repair-cost";
  /** W6: a repair request for a case in warranty, correlated by the case number (business key). */
  public static final String REPAIR_MESSAGE = "WarrantyRepairRequested";
  /** Case numbers BX-yyyyMMdd-NNNN (保修), the business key of the case and of its repairs. */
  public static final String NUMBER_PREFIX = "BX";
  /** W1: the warranty period unless the project says otherwise. */
  public static final int DEFAULT_YEARS = 2;
  public static final String GROUP = "warranty-service";
  /** W6: who is told when no technician was dispatched within 2 days. */
  public static final String ESCALATION_GROUP = "office-manager";

  private Warranty() {}

  /** Elements of renovation-warranty. */
  public static final class Elements {
    public static final String START = "StartEvent_CompletionAccepted";
    public static final String SCHEDULED_REVISITS = "SubProcess_ScheduledRevisits";
    public static final String REVISIT_SCHEDULED = "StartEvent_RevisitScheduled";
    public static final String REVISIT_DUE = "TimerEvent_RevisitDue";
    public static final String GATEWAY_REVISIT_KIND = "Gateway_RevisitKind";
    public static final String TILE_REVISIT = "UserTask_TileRevisit";
    public static final String WOOD_REVISIT = "UserTask_WoodRevisit";
    public static final String ON_SITE_ROUND_JOIN = "Gateway_OnSiteRoundJoin";
    public static final String ON_SITE_REVISIT = "UserTask_OnSiteRevisit";
    public static final String GATEWAY_NEXT_VISIT = "Gateway_NextVisitBooked";
    public static final String NEXT_VISIT_DUE = "TimerEvent_NextVisitDue";
    public static final String GATEWAY_REVISIT_KIND_JOIN = "Gateway_RevisitKindJoin";
    public static final String REVISIT_OWNER = "CallActivity_RevisitOwner";
    public static final String REVISIT_DONE = "EndEvent_RevisitDone";
    public static final String WARRANTY_ENDS = "BoundaryEvent_WarrantyEnds";
    public static final String AWAIT_WARRANTY_END = "TimerEvent_AwaitWarrantyEnd";
    public static final String GATEWAY_END_JOIN = "Gateway_WarrantyEndJoin";
    public static final String END_WARRANTY_ENDED = "EndEvent_WarrantyEnded";
    public static final String REPAIR_REQUEST = "SubProcess_RepairRequest";
    public static final String REPAIR_REQUESTED = "StartEvent_RepairRequested";
    public static final String CALL_REPAIR = "CallActivity_Repair";
    public static final String END_REPAIR_DONE = "EndEvent_RepairDone";

    private Elements() {}
  }

  /** Elements of warranty-repair. */
  public static final class RepairElements {
    public static final String START = "StartEvent_RepairReported";
    public static final String DISPATCH = "UserTask_DispatchTechnician";
    public static final String DISPATCH_OVERDUE = "BoundaryEvent_DispatchOverdue";
    public static final String URGE_DISPATCH = "UserTask_UrgeDispatch";
    public static final String END_URGED = "EndEvent_DispatchUrged";
    public static final String INSPECT = "UserTask_InspectFault";
    public static final String GATEWAY_ROUND_JOIN = "Gateway_RepairRoundJoin";
    public static final String REPAIR = "UserTask_Repair";
    public static final String GATEWAY_REPAIRED = "Gateway_OwnerConfirmsRepaired";
    public static final String REPORT = "UserTask_WriteRepairReport";
    public static final String DETERMINE_COST = "BusinessRuleTask_DetermineCostRule";
    public static final String REVISIT_OWNER = "CallActivity_RevisitAfterRepair";
    public static final String GATEWAY_SATISFIED = "Gateway_OwnerSatisfiedAfterRepair";
    public static final String END_CLOSED = "EndEvent_RepairClosed";

    private RepairElements() {}
  }

  public static final class Vars {
    // W1 registration (start form or API)
    public static final Variable<String> CASE_NUMBER = Variable.of("caseNumber", String.class);
    public static final Variable<String> PROJECT_NAME = Variable.of("projectName", String.class);
    public static final Variable<String> OWNER_NAME = Variable.of("ownerName", String.class);
    public static final Variable<String> UNIT = Variable.of("unit", String.class);
    public static final Variable<String> OWNER_PHONE = Variable.of("ownerPhone", String.class);
    /** Raw from the form (a date text) or a Date from Java; read with DateInput, then stored as a Date. */
    public static final String HANDOVER_DATE = "handoverDate";
    /** Raw from the form's checklist (a JSON array) or the API (a list); stored as codes "tile,wood". */
    public static final String WORK_KINDS = "workKinds";
    /** Raw from the form's number field (a Long, a Double or a text); stored as an Integer. */
    public static final String WARRANTY_YEARS = "warrantyYears";
    // derived at the start
    public static final Variable<String> WORK_KINDS_LABEL = Variable.of("workKindsLabel", String.class);
    public static final Variable<String> HANDOVER_DATE_TEXT = Variable.of("handoverDateText", String.class);
    public static final Variable<Date> WARRANTY_END = Variable.of("warrantyEnd", Date.class);
    public static final Variable<String> WARRANTY_END_TEXT = Variable.of("warrantyEndText", String.class);
    /** The list of {@link ScheduledRevisit}s, the collection of the scheduled-revisit multi-instance. */
    public static final String REVISIT_SCHEDULE = "revisitSchedule";
    public static final String REVISIT = "revisit";
    // W6 repair
    public static final Variable<String> FAULT_DESCRIPTION = Variable.of("faultDescription", String.class);
    public static final Variable<Boolean> IN_WARRANTY = Variable.of("inWarranty", Boolean.class);
    public static final Variable<Date> REQUESTED_AT = Variable.of("repairRequestedAt", Date.class);
    public static final Variable<Date> DISPATCH_DUE = Variable.of("dispatchDue", Date.class);
    public static final Variable<String> TECHNICIAN = Variable.of("technician", String.class);
    public static final Variable<String> INSPECTION_FINDINGS = Variable.of("inspectionFindings", String.class);
    public static final Variable<String> REPAIR_WORK = Variable.of("repairWork", String.class);
    public static final Variable<Boolean> OWNER_CONFIRMS_REPAIRED = Variable.of("ownerConfirmsRepaired", Boolean.class);
    public static final Variable<Integer> REPAIR_VISITS = Variable.of("repairVisits", Integer.class);
    public static final Variable<String> CAUSE = Variable.of("cause", String.class);
    public static final Variable<String> CAUSE_DESCRIPTION = Variable.of("causeDescription", String.class);
    public static final Variable<String> MEASURES = Variable.of("repairMeasures", String.class);
    public static final Variable<String> RELIABILITY = Variable.of("repairReliability", String.class);
    public static final Variable<Boolean> REPORT_PRINTED = Variable.of("reportPrintedTwoCopies", Boolean.class);
    public static final Variable<Boolean> OWNER_SIGNED_REPORT = Variable.of("ownerSignedReport", Boolean.class);
    public static final String COST_DECISION_RESULT = "costDecision";
    public static final Variable<String> COST_RULE = Variable.of("costRule", String.class);
    public static final Variable<String> COST_RULE_LABEL = Variable.of("costRuleLabel", String.class);
    public static final Variable<Integer> REVISIT_COUNT = Variable.of("revisitCount", Integer.class);
    public static final Variable<Boolean> SATISFIED = Variable.of("satisfied", Boolean.class);

    private Vars() {}
  }
}
