package com.huifang.kpi;

import com.huifang.engine.Variable;
import java.util.Date;

/** The senior housekeeper's weekly complaint analysis (processes/weekly-complaint-analysis.bpmn): key, ids, variables. */
public final class WeeklyComplaintAnalysis {

  public static final String KEY = "weekly-complaint-analysis";
  /** The message that starts one office's analysis (StartEvent_OfficeAnalysis), sent by the Monday timer's instance. */
  public static final String OFFICE_ANALYSIS_MESSAGE = "weekly-complaint-analysis-office";
  public static final String FORM = "weekly-complaint-analysis";
  public static final String READ_FORM = "weekly-complaint-analysis-read";

  private WeeklyComplaintAnalysis() {}

  public static final class Elements {
    public static final String START = "StartEvent_EveryMonday";
    public static final String START_OFFICE_ANALYSES = "ServiceTask_StartOfficeAnalyses";
    public static final String END_OFFICE_ANALYSES_STARTED = "EndEvent_OfficeAnalysesStarted";
    /** Where each office's analysis starts (a message start event, one instance per office). */
    public static final String OFFICE_ANALYSIS = "StartEvent_OfficeAnalysis";
    public static final String COMPILE = "ServiceTask_CompileLastWeek";
    public static final String ANALYSE = "UserTask_WeeklyAnalysis";
    /** C20: the chief housekeeper reads the week's figures and the senior housekeeper's analysis. */
    public static final String READ = "UserTask_ReadWeeklyAnalysis";
    public static final String END = "EndEvent_AnalysisRecorded";

    private Elements() {}
  }

  public static final class Vars {
    /** The Monday the analysed week began, yyyy-MM-dd in the configured zone; the week is seven days. */
    public static final Variable<String> WEEK_START = Variable.of("analysisWeekStart", String.class);
    /** The week's figures as read-only text for the form. */
    public static final Variable<String> FIGURES = Variable.of("weeklyFigures", String.class);
    /** The week's repeated problems (same category or same unit more than once) as read-only text. */
    public static final Variable<String> REPEATED = Variable.of("repeatedProblems", String.class);
    public static final Variable<Integer> RECEIVED_COUNT = Variable.of("weeklyReceivedCount", Integer.class);
    public static final Variable<Integer> CLOSED_COUNT = Variable.of("weeklyClosedCount", Integer.class);
    public static final Variable<Integer> OVERDUE_COUNT = Variable.of("weeklyOverdueCount", Integer.class);
    /** When the analysis is due: Friday 18:00 of the week it starts in. */
    public static final Variable<Date> DUE = Variable.of("weeklyAnalysisDue", Date.class);
    // filled in by the senior housekeeper
    public static final Variable<String> CORRECTIVE_ACTIONS = Variable.of("correctiveActions", String.class);
    public static final Variable<String> RESPONSIBLE = Variable.of("actionResponsible", String.class);
    public static final Variable<String> ACTION_DUE = Variable.of("actionDueDate", String.class);

    private Vars() {}
  }
}
