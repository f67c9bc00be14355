package com.huifang.accident;

import com.huifang.engine.FormOptions;
import com.huifang.engine.Variable;
import java.util.Map;

/** The accident revisit (processes/accident-revisit.bpmn, S6): key, element ids, variables. */
public final class Accident {

  public static final String KEY = "accident-revisit";
  /** Case numbers: SG-yyyyMMdd-NNNN (事故). */
  public static final String NUMBER_PREFIX = "SG";

  static final Map<String, String> KINDS = FormOptions.of("forms/accident-revisit-start.form", "accidentKind");

  private Accident() {}

  public static final class Elements {
    public static final String START = "StartEvent_AccidentReported";
    public static final String SPLIT = "Gateway_InformAndAttend";
    public static final String INFORM_MANAGER = "UserTask_InformOfficeManager";
    public static final String ON_SITE = "UserTask_OnSiteEmergency";
    public static final String AFTERMATH = "UserTask_AftermathRevisit";
    public static final String JOIN = "Gateway_InformedAndRevisited";
    public static final String END = "EndEvent_AccidentRevisitDone";

    private Elements() {}
  }

  public static final class Vars {
    public static final Variable<String> OWNER_NAME = Variable.of("ownerName", String.class);
    public static final Variable<String> UNIT = Variable.of("unit", String.class);
    public static final Variable<String> OWNER_PHONE = Variable.of("ownerPhone", String.class);
    public static final Variable<String> KIND = Variable.of("accidentKind", String.class);
    public static final Variable<String> KIND_LABEL = Variable.of("accidentKindLabel", String.class);
    public static final Variable<String> DESCRIPTION = Variable.of("accidentDescription", String.class);
    public static final Variable<String> CASE_NUMBER = Variable.of("caseNumber", String.class);
    // 到场 (seed 000 篇2 4.3.1)
    /** Raw, as the datetime field sends it; read with DateInput. */
    public static final String ARRIVED_AT_INPUT = "arrivedAt";
    public static final Variable<java.util.Date> ARRIVED = Variable.of("arrivedOnSiteAt", java.util.Date.class);
    public static final Variable<String> EMERGENCY_MEASURES = Variable.of("emergencyMeasures", String.class);
    // 善后回访 (4.3.2, 4.3.3)
    public static final Variable<String> AFTERMATH = Variable.of("aftermath", String.class);
    public static final Variable<String> CAUSE = Variable.of("accidentCause", String.class);
    public static final Variable<String> SAFETY_ADVICE = Variable.of("safetyAdvice", String.class);
    public static final Variable<String> HAZARDS_CHECKED = Variable.of("hazardsChecked", String.class);
    public static final Variable<String> PREVENTIVE_MEASURES = Variable.of("preventiveMeasures", String.class);
    public static final Variable<Boolean> OWNER_SIGNED = Variable.of("ownerSigned", Boolean.class);
    public static final Variable<String> OWNER_ATTITUDE = Variable.of("ownerAttitude", String.class);
    public static final Variable<String> SATISFACTION = Variable.of("satisfaction", String.class);
    public static final Variable<String> REVISITED_BY = Variable.of("revisitedBy", String.class);

    private Vars() {}
  }

}
