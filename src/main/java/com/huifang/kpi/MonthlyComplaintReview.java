package com.huifang.kpi;

import com.huifang.engine.Variable;
import java.util.Date;

/**
 * The month's complaint review (processes/monthly-complaint-review.bpmn): the chief housekeeper reviews and signs the
 * month's 客户投诉登记表 (C18), the senior housekeeper's monthly summary goes to the office manager (C20).
 */
public final class MonthlyComplaintReview {

  public static final String KEY = "monthly-complaint-review";
  /** The message that starts one office's review (StartEvent_OfficeReview), sent by the monthly timer's instance. */
  public static final String OFFICE_REVIEW_MESSAGE = "monthly-complaint-review-office";

  private MonthlyComplaintReview() {}

  public static final class Elements {
    public static final String START = "StartEvent_FirstOfMonth";
    public static final String START_OFFICE_REVIEWS = "ServiceTask_StartOfficeReviews";
    public static final String END_OFFICE_REVIEWS_STARTED = "EndEvent_OfficeReviewsStarted";
    public static final String OFFICE_REVIEW = "StartEvent_OfficeReview";
    public static final String COMPILE = "ServiceTask_CompileLastMonth";
    public static final String SIGN_LOG = "UserTask_SignComplaintLog";
    public static final String END_LOG_SIGNED = "EndEvent_LogSigned";
    public static final String WRITE_SUMMARY = "UserTask_MonthlySummary";
    public static final String READ_SUMMARY = "UserTask_ReadMonthlySummary";
    public static final String END_SUMMARY_READ = "EndEvent_SummaryRead";

    private Elements() {}
  }

  public static final class Vars {
    /** The reviewed month, yyyy-MM in the configured zone. */
    public static final Variable<String> MONTH = Variable.of("reviewMonth", String.class);
    /** The month's figures (complaints, suggestions, KPIs) as read-only text, as the weekly analysis shows them. */
    public static final Variable<String> FIGURES = Variable.of("monthlyFigures", String.class);
    public static final Variable<String> REPEATED = WeeklyComplaintAnalysis.Vars.REPEATED;
    // C18 the chief housekeeper's sign-off
    public static final Variable<Boolean> LOG_REVIEWED = Variable.of("logReviewed", Boolean.class);
    public static final Variable<String> LOG_REVIEW_OPINION = Variable.of("logReviewOpinion", String.class);
    /** Who signed (a login id; registers show the name). */
    public static final Variable<String> LOG_SIGNED_BY = Variable.of("logSignedBy", String.class);
    public static final Variable<Date> LOG_SIGNED_AT = Variable.of("logSignedAt", Date.class);
    // C20 the senior housekeeper's summary
    public static final Variable<String> SUMMARY = Variable.of("monthlySummary", String.class);
    public static final Variable<String> MEASURES = Variable.of("improvementMeasures", String.class);

    private Vars() {}
  }
}
