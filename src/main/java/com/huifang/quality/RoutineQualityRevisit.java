package com.huifang.quality;

import com.huifang.engine.Variable;

/** The monthly routine quality revisits (processes/routine-quality-revisit.bpmn, 日常品质回访): key, ids, variables. */
public final class RoutineQualityRevisit {

  public static final String KEY = "routine-quality-revisit";
  /** Case numbers of the routine revisits: PZ-yyyyMMdd-nnnn (品质). */
  public static final String NUMBER_PREFIX = "PZ";
  /** The message that starts one office's draw (StartEvent_OfficeDraw), sent by the monthly timer's instance. */
  public static final String OFFICE_DRAW_MESSAGE = "routine-revisit-office-draw";
  public static final String SUBJECT_PREFIX = "日常品质回访:";
  /** A household revisited (any owner revisit) within this many months is not drawn. */
  public static final int RECENT_MONTHS = 3;

  private RoutineQualityRevisit() {}

  public static final class Elements {
    public static final String START = "StartEvent_MonthlyRoutine";
    public static final String START_OFFICE_DRAWS = "ServiceTask_StartOfficeDraws";
    public static final String END_OFFICE_DRAWS_STARTED = "EndEvent_OfficeDrawsStarted";
    /** Where each office's draw starts (the none start event, one instance per office). */
    public static final String OFFICE_DRAW = "StartEvent_OfficeDraw";
    public static final String DRAW = "ServiceTask_DrawHouseholds";
    public static final String GATEWAY_ANY_DRAWN = "Gateway_AnyHouseholdDrawn";
    public static final String REVISIT = "CallActivity_RoutineQualityRevisit";
    public static final String END_DONE = "EndEvent_RoutineRevisitsDone";
    public static final String END_NOTHING = "EndEvent_NoHouseholds";

    private Elements() {}
  }

  public static final class Vars {
    /** The seed of the draw: the same seed, eligible units and min/max give the same households. */
    public static final Variable<Long> SEED = Variable.of("routineRevisitSeed", Long.class);
    public static final Variable<Integer> MIN = Variable.of("routineRevisitMin", Integer.class);
    public static final Variable<Integer> MAX = Variable.of("routineRevisitMax", Integer.class);
    /** The eligible units per project, one line each: "project: unit,unit,...". */
    public static final Variable<String> POPULATION = Variable.of("routineRevisitPopulation", String.class);
    /** The drawn units per project, in the same form. */
    public static final Variable<String> DRAWN = Variable.of("routineRevisitDrawn", String.class);
    public static final Variable<Integer> DRAWN_COUNT = Variable.of("routineRevisitDrawnCount", Integer.class);
    /** The drawn households, one map each ({@link RevisitHousehold#asMap()}), the multi-instance collection. */
    public static final String HOUSEHOLDS = "routineRevisitHouseholds";
    /** One drawn household inside the multi-instance. */
    public static final String HOUSEHOLD = "routineRevisitHousehold";

    private Vars() {}
  }
}
