package com.huifang.specialrevisit;

import com.huifang.engine.FormOptions;
import com.huifang.engine.Variable;
import java.util.Map;

/** The special revisit campaign (processes/special-revisit.bpmn, 专项回访, S5): key, element ids, variables. */
public final class SpecialRevisit {

  public static final String KEY = "special-revisit";
  /** Campaign numbers: ZX-yyyyMMdd-NNNN (专项); each household's revisit: the campaign's number and -001, -002, … */
  public static final String NUMBER_PREFIX = "ZX";
  /** The revisit category of the households' owner revisits. */
  public static final String CATEGORY = "special";

  /** Why the office manager organises it (seed 000 篇2 4.1). */
  public static final Map<String, String> REASONS = FormOptions.of("forms/special-revisit-start.form",
      "specialReason");

  private SpecialRevisit() {}

  public static final class Elements {
    public static final String START = "StartEvent_CampaignOrganised";
    public static final String REVISIT = "CallActivity_HouseholdRevisit";
    public static final String END = "EndEvent_CampaignDone";

    private Elements() {}
  }

  public static final class Vars {
    public static final Variable<String> REASON = Variable.of("specialReason", String.class);
    public static final Variable<String> REASON_LABEL = Variable.of("specialReasonLabel", String.class);
    public static final Variable<String> SUBJECT = Variable.of("specialSubject", String.class);
    public static final Variable<String> PROJECT = Variable.of("specialProject", String.class);
    /** A building of the project: the units whose number starts with it (e.g. 3栋). */
    public static final Variable<String> BUILDING = Variable.of("specialBuilding", String.class);
    /** Pasted units, one a line (or separated by commas): instead of project and building. */
    public static final Variable<String> UNITS = Variable.of("specialUnits", String.class);
    public static final Variable<Integer> HOUSEHOLD_COUNT = Variable.of("specialHouseholdCount", Integer.class);
    /** The chosen households, one map each ({@link Household#asMap()}), the multi-instance collection. */
    public static final String HOUSEHOLDS = "specialHouseholds";
    public static final String HOUSEHOLD = "specialHousehold";

    private Vars() {}
  }

}
