package com.huifang.mall;

import com.huifang.engine.Variable;
import java.util.Date;

/**
 * Mall service-feedback tracking (processes/mall-service-feedback.bpmn) and its feedback forms
 * (processes/mall-feedback-form.bpmn), rules M1–M6: keys, element ids, variables.
 */
public final class Mall {

  public static final String KEY = "mall-service-feedback";
  public static final String FORM_KEY = "mall-feedback-form";
  public static final String SCORE_DECISION = "mall-feedback-score";
  /** Purchase numbers JC-yyyyMMdd-NNNN (建材); each feedback form is numbered under it, JC-…-NNNN-01. */
  public static final String NUMBER_PREFIX = "JC";
  public static final String DESK_GROUP = "mall-service-desk";
  /** The Camunda group of one merchant's staff: the candidate group of that merchant's form tasks. */
  public static final String MERCHANT_GROUP_PREFIX = "merchant-";
  /** M4: a form is due back at the desk this many days after the scheduled service, unless the purchase says otherwise. */
  public static final int DEFAULT_RETURN_DAYS = 3;

  private Mall() {}

  public static String merchantGroup(String merchantId) {
    return MERCHANT_GROUP_PREFIX + merchantId;
  }

  /** Elements of mall-service-feedback. */
  public static final class Elements {
    public static final String START = "StartEvent_PurchaseRegistered";
    public static final String FEEDBACK_FORMS = "CallActivity_FeedbackForms";
    public static final String END = "EndEvent_PurchaseClosed";

    private Elements() {}
  }

  /** Elements of mall-feedback-form. */
  public static final class FormElements {
    public static final String START = "StartEvent_FormIssued";
    public static final String FORM_IN_HAND = "SubProcess_FormInHand";
    public static final String SERVE = "UserTask_ServeCustomer";
    public static final String CUSTOMER_FILLS = "UserTask_CustomerFillsForm";
    public static final String RECEIVE = "UserTask_ReceiveReturnedForm";
    public static final String RETURN_DEADLINE = "BoundaryEvent_ReturnDeadline";
    public static final String REVISIT = "CallActivity_RevisitCustomer";
    public static final String GATEWAY_SATISFIED = "Gateway_CustomerSatisfied";
    public static final String RECTIFY = "UserTask_RectifyService";
    public static final String VERIFY = "UserTask_VerifyFeedback";
    public static final String SCORE_FORM = "BusinessRuleTask_ScoreForm";
    public static final String RECORD_SCORE = "ServiceTask_RecordScore";
    public static final String GATEWAY_SIGNATURE = "Gateway_SignatureGenuine";
    public static final String RECORD_PENALTY = "ServiceTask_RecordPenalty";
    public static final String END = "EndEvent_FormScored";

    private FormElements() {}
  }

  public static final class Vars {
    // M1 the purchase (start form or API)
    public static final Variable<String> CASE_NUMBER = Variable.of("caseNumber", String.class);
    public static final Variable<String> CARD_NUMBER = Variable.of("cardNumber", String.class);
    public static final Variable<String> CUSTOMER_NAME = Variable.of("customerName", String.class);
    public static final Variable<String> CUSTOMER_PHONE = Variable.of("customerPhone", String.class);
    public static final Variable<String> ADDRESS = Variable.of("address", String.class);
    /** Raw: the form's dynamic list (JSON), or a list of maps from the API; one row per merchant. */
    public static final String PURCHASE_LINES = "purchaseLines";
    /** Raw from the form (number) or API; stored as an Integer. */
    public static final String RETURN_DAYS = "returnDays";
    /** The list of feedback forms (maps), the collection of the feedback-form multi-instance. */
    public static final String FEEDBACK_FORMS = "feedbackForms";
    public static final String FEEDBACK_FORM = "feedbackForm";
    public static final Variable<String> PURCHASE_SUMMARY = Variable.of("purchaseSummary", String.class);
    // one feedback form (M1–M5)
    public static final Variable<String> FORM_NUMBER = Variable.of("formNumber", String.class);
    public static final Variable<String> MERCHANT_ID = Variable.of("merchantId", String.class);
    public static final Variable<String> MERCHANT_NAME = Variable.of("merchantName", String.class);
    public static final Variable<String> MERCHANT_GROUP = Variable.of("merchantGroup", String.class);
    public static final Variable<String> GOODS = Variable.of("goods", String.class);
    public static final Variable<String> SERVICE = Variable.of("service", String.class);
    public static final Variable<String> SERVICE_LABEL = Variable.of("serviceLabel", String.class);
    public static final Variable<String> SERVICE_DATE = Variable.of("serviceDate", String.class);
    public static final Variable<Boolean> REGISTERED_AT_DESK = Variable.of("registeredAtDesk", Boolean.class);
    public static final Variable<Date> RETURN_DUE = Variable.of("returnDue", Date.class);
    /** The merchant's staff register as the serve form shows it: "S101 黄杰(有上岗资格证);…". */
    public static final Variable<String> STAFF_REGISTER = Variable.of("staffRegister", String.class);
    public static final Variable<String> SERVER_STAFF_ID = Variable.of("serverStaffId", String.class);
    public static final Variable<String> SERVER_NAME = Variable.of("serverName", String.class);
    public static final Variable<Boolean> SERVER_CERTIFIED = Variable.of("serverCertified", Boolean.class);
    public static final Variable<String> SERVICE_NOTE = Variable.of("serviceNote", String.class);
    public static final Variable<String> CUSTOMER_RATING = Variable.of("customerRating", String.class);
    public static final Variable<String> CUSTOMER_COMMENT = Variable.of("customerComment", String.class);
    public static final Variable<String> CUSTOMER_SIGNATURE = Variable.of("customerSignature", String.class);
    public static final Variable<Boolean> FORM_RETURNED = Variable.of("formReturned", Boolean.class);
    public static final Variable<Date> RETURNED_AT = Variable.of("returnedAt", Date.class);
    public static final Variable<String> FORM_STATUS_LABEL = Variable.of("formStatusLabel", String.class);
    public static final Variable<Integer> REVISIT_COUNT = Variable.of("revisitCount", Integer.class);
    public static final Variable<Boolean> SATISFIED = Variable.of("satisfied", Boolean.class);
    public static final Variable<String> RECTIFICATION = Variable.of("merchantRectification", String.class);
    /** From the desk's verification after the revisit: "yes"/"no" in the form, stored as Booleans. */
    public static final String SERVICE_COMPLETED_ANSWER = "serviceCompletedAnswer";
    public static final String SIGNATURE_GENUINE_ANSWER = "signatureGenuineAnswer";
    public static final Variable<Boolean> SERVICE_COMPLETED = Variable.of("serviceCompleted", Boolean.class);
    public static final Variable<Boolean> SIGNATURE_GENUINE = Variable.of("signatureGenuine", Boolean.class);
    public static final Variable<String> VERIFY_NOTE = Variable.of("verifyNote", String.class);
    // M6 the score table's result
    public static final String SCORE_RESULT = "scoreResult";
    public static final Variable<Integer> SCORE = Variable.of("score", Integer.class);
    public static final Variable<String> SCORE_REASON = Variable.of("scoreReason", String.class);

    private Vars() {}
  }
}
