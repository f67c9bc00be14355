package com.huifang.survey;

import com.huifang.engine.Variable;
import java.util.Date;

/** The annual customer survey (processes/customer-survey.bpmn, rules S1–S3, K7): key, element ids, variables. */
public final class CustomerSurvey {

  public static final String KEY = "customer-survey";
  /** Survey numbers DC-yyyyMMdd-NNNN (调查), the business key. */
  public static final String NUMBER_PREFIX = "DC";
  /** The Tasklist form whose rated fields ({@value #ITEM_PREFIX}id) are the survey's items: the configuration. */
  public static final String RETURN_FORM = "survey-return";
  /** A form field whose key starts so is a rated item; the rest of the key is the item's id. */
  public static final String ITEM_PREFIX = "item_";
  /** K7: the return rate a project's survey must reach, in percent. */
  public static final int RETURN_TARGET_PERCENT = 60;
  /** What the owner revisit records as its category, so survey verifications can be told apart. */
  public static final String REVISIT_CATEGORY = "survey";
  public static final String REVISIT_GROUP = "customer-service";

  private CustomerSurvey() {}

  public static final class Elements {
    public static final String START = "StartEvent_SurveyStarted";
    public static final String ISSUE = "ServiceTask_IssueQuestionnaires";
    public static final String COLLECTION = "SubProcess_CollectReturns";
    public static final String COLLECTION_START = "StartEvent_CollectionStarted";
    public static final String COLLECTION_SPLIT = "Gateway_CollectionSplit";
    public static final String RECORD_JOIN = "Gateway_RecordRoundJoin";
    public static final String RECORD_RETURN = "UserTask_RecordReturn";
    public static final String GATEWAY_ALL_RETURNED = "Gateway_AllReturned";
    public static final String END_ALL_RETURNED = "EndEvent_AllReturned";
    public static final String REMINDER_TIMER = "TimerEvent_ReminderDay";
    public static final String CHECK_RATE = "ServiceTask_CheckReturnRate";
    public static final String GATEWAY_RATE_SHORT = "Gateway_ReturnRateShort";
    public static final String REMIND = "UserTask_RemindReturns";
    public static final String END_REMINDED = "EndEvent_Reminded";
    public static final String END_RATE_REACHED = "EndEvent_RateReached";
    public static final String DEADLINE = "BoundaryEvent_SurveyDeadline";
    public static final String CLOSE = "ServiceTask_CloseSurvey";
    public static final String GATEWAY_ANY_TO_VERIFY = "Gateway_AnyToVerify";
    public static final String VERIFY = "CallActivity_VerifyByRevisit";
    public static final String VERIFY_JOIN = "Gateway_VerifiedJoin";
    public static final String COLLECTION_END_JOIN = "Gateway_CollectionEndJoin";
    public static final String FINALIZE = "ServiceTask_FinalizeResults";
    public static final String RECORD_CAUSES = "UserTask_RecordCauses";
    public static final String GATEWAY_ACTIONS_NEEDED = "Gateway_ActionsNeeded";
    public static final String CLOSE_OUT_JOIN = "Gateway_CloseOutRoundJoin";
    public static final String CLOSE_OUT = "UserTask_CloseOutActions";
    public static final String GATEWAY_ACTIONS_DONE = "Gateway_ActionsDone";
    public static final String END_CLOSED_OUT = "EndEvent_ActionsClosedOut";
    public static final String END_NO_ACTIONS = "EndEvent_NoActionsNeeded";

    private Elements() {}
  }

  public static final class Vars {
    /** The revisit rounds it took, local to one multi-instance execution (R5: more than one, rectified). */
    public static final Variable<Integer> VERIFY_ROUNDS = Variable.of("verifyRounds", Integer.class);
    // the start form's (or POST /api/surveys') inputs
    public static final Variable<String> PROJECT = Variable.of("project", String.class);
    /** Raw, as the form sends it (a number, or text from the API); read by {@link SurveyService#start}. */
    public static final String YEAR = "surveyYear";
    /** Raw, as the date field sends it (yyyy-MM-dd); read with DateInput. */
    public static final String DEADLINE_INPUT = "surveyDeadline";
    // set when the survey is started
    public static final Variable<String> NUMBER = Variable.of("surveyNumber", String.class);
    /** The same number under the name Tasklist's task list shows as 案件编号. */
    public static final Variable<String> CASE_NUMBER = Variable.of("caseNumber", String.class);
    /** The moment the survey closes: the end of the deadline day in the configured zone. */
    public static final Variable<Date> CLOSES_AT = Variable.of("surveyClosesAt", Date.class);
    /** When the office manager is reminded if the return rate is short (K7): some days before the close. */
    public static final Variable<Date> REMINDER_AT = Variable.of("surveyReminderAt", Date.class);
    public static final Variable<Integer> HOUSEHOLDS = Variable.of("surveyHouseholds", Integer.class);
    public static final Variable<Integer> RETURNED = Variable.of("surveyReturned", Integer.class);
    public static final Variable<String> RETURN_RATE_TEXT = Variable.of("surveyReturnRateText", String.class);
    public static final Variable<Boolean> ALL_RETURNED = Variable.of("surveyAllReturned", Boolean.class);
    public static final Variable<Boolean> RATE_SHORT = Variable.of("surveyReturnRateShort", Boolean.class);
    // the return form (one household per completion; removed after it is recorded)
    public static final Variable<String> RETURN_UNIT = Variable.of("returnUnit", String.class);
    public static final Variable<String> RETURN_OPINION = Variable.of("returnOpinion", String.class);
    // the reminder
    public static final Variable<String> REMINDER_MEASURES = Variable.of("reminderMeasures", String.class);
    // S2 the verification revisits
    /** The returns drawn for a revisit, one map each ({@link Verification#asMap()}), the multi-instance collection. */
    public static final String VERIFICATIONS = "surveyVerifications";
    /** One drawn return inside the multi-instance. */
    public static final String VERIFICATION = "surveyVerification";
    public static final Variable<Integer> VERIFY_COUNT = Variable.of("surveyVerifyCount", Integer.class);
    /** The seed the sample of the satisfied returns was drawn with. */
    public static final Variable<Long> SAMPLE_SEED = Variable.of("surveySampleSeed", Long.class);
    /** The revisit's verdict, local to one multi-instance execution (mapped out of the called revisit). */
    public static final Variable<String> VERIFIED_SATISFACTION = Variable.of("verifiedSatisfaction", String.class);
    // S3 the causes and actions
    public static final Variable<String> CAUSES = Variable.of("surveyCauses", String.class);
    public static final Variable<String> CORRECTIVE_ACTION = Variable.of("surveyCorrectiveAction", String.class);
    public static final Variable<String> PREVENTIVE_ACTION = Variable.of("surveyPreventiveAction", String.class);
    public static final Variable<String> RESPONSIBLE = Variable.of("surveyActionResponsible", String.class);
    /** Raw, as the date field sends it. */
    public static final String ACTION_DEADLINE_INPUT = "surveyActionDeadline";
    public static final Variable<Boolean> ACTIONS_NEEDED = Variable.of("surveyActionsNeeded", Boolean.class);
    public static final Variable<Date> ACTION_DUE = Variable.of("surveyActionDue", Date.class);
    public static final Variable<Boolean> ACTIONS_DONE = Variable.of("surveyActionsDone", Boolean.class);
    public static final Variable<String> CLOSE_OUT_NOTE = Variable.of("surveyCloseOutNote", String.class);
    /** Raw: a new deadline when the actions are not done yet. */
    public static final String NEW_ACTION_DEADLINE_INPUT = "surveyNewActionDeadline";

    private Vars() {}
  }
}
