package com.huifang.quality;

import com.huifang.engine.Variable;

/** The monthly quality spot check (processes/quality-spot-check.bpmn, rule K4): key, element ids, variables. */
public final class QualitySpotCheck {

  public static final String KEY = "quality-spot-check";
  /** K4: the share of last month's repair orders revisited for quality, rounded up. */
  public static final int SHARE_PERCENT = 30;
  /** What the owner revisit records as its category, so quality revisits can be told apart. */
  public static final String REVISIT_CATEGORY = "quality";
  /** The message that starts one office's spot check (StartEvent_OfficeCheck), sent by the monthly timer's instance. */
  public static final String OFFICE_CHECK_MESSAGE = "quality-spot-check-office";

  private QualitySpotCheck() {}

  public static final class Elements {
    public static final String START = "StartEvent_FirstOfMonth";
    public static final String START_OFFICE_CHECKS = "ServiceTask_StartOfficeChecks";
    public static final String END_OFFICE_CHECKS_STARTED = "EndEvent_OfficeChecksStarted";
    /** Where each office's spot check starts (a message start event, one instance per office). */
    public static final String OFFICE_CHECK = "StartEvent_OfficeCheck";
    public static final String DRAW = "ServiceTask_DrawSample";
    public static final String GATEWAY_ANY_DRAWN = "Gateway_AnyOrderDrawn";
    public static final String QUALITY_REVISIT = "CallActivity_QualityRevisit";
    public static final String END_DONE = "EndEvent_SpotCheckDone";
    public static final String END_NOTHING = "EndEvent_NothingToCheck";

    private Elements() {}
  }

  public static final class Vars {
    /** The month checked, yyyy-MM in the configured zone (the month before the start). */
    public static final Variable<String> MONTH = Variable.of("spotCheckMonth", String.class);
    /** The seed the sample was drawn with: the same seed and population give the same sample. */
    public static final Variable<Long> SEED = Variable.of("spotCheckSeed", Long.class);
    /** Ids of every repair order of the month that could be drawn, comma-separated, in the order drawn from. */
    public static final Variable<String> POPULATION = Variable.of("spotCheckPopulation", String.class);
    /** Ids of the drawn orders, comma-separated. */
    public static final Variable<String> DRAWN = Variable.of("spotCheckDrawn", String.class);
    public static final Variable<Integer> DRAWN_COUNT = Variable.of("spotCheckDrawnCount", Integer.class);
    /** The drawn orders, one map each ({@link RepairOrder#asMap()}), the multi-instance collection. */
    public static final String ORDERS = "spotCheckOrders";
    /** One drawn order inside the multi-instance. */
    public static final String ORDER = "spotCheckOrder";

    private Vars() {}
  }
}
