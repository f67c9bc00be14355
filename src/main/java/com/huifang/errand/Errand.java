package com.huifang.errand;

import com.huifang.engine.Variable;
import java.util.Date;

/**
 * Owner errands (processes/owner-errand.bpmn, decision processes/errand-card-text.dmn), rules E1–E10:
 * keys, element ids, variables.
 */
public final class Errand {

  public static final String KEY = "owner-errand";
  public static final String CARD_TEXT_DECISION = "errand-card-text";
  /** Case numbers WT-yyyyMMdd-NNNN (委托), the business key. */
  public static final String NUMBER_PREFIX = "WT";
  public static final String GROUP = "customer-service";
  /** E4: the duty supervisor is informed, prepares birthday blessings and urges late deliveries. */
  public static final String SUPERVISOR_GROUP = "duty-supervisor";

  private Errand() {}

  public static final class Elements {
    public static final String START = "StartEvent_ErrandRequested";
    public static final String GATEWAY_TYPE = "Gateway_ErrandType";
    public static final String DECIDE_CARD_TEXT = "BusinessRuleTask_DecideCardText";
    public static final String CALL_OWNER = "UserTask_CallOwner";
    public static final String GATEWAY_TYPE_JOIN = "Gateway_ErrandTypeJoin";
    public static final String ENTRUSTMENT = "UserTask_FillEntrustmentForm";
    public static final String COLLECT_DEPOSIT = "UserTask_CollectDeposit";
    public static final String INFORM_SUPERVISOR = "UserTask_InformSupervisor";
    public static final String GATEWAY_BIRTHDAY = "Gateway_Birthday";
    public static final String PREPARE_BLESSING = "UserTask_PrepareBlessing";
    public static final String GATEWAY_BIRTHDAY_JOIN = "Gateway_BirthdayJoin";
    public static final String ORDER = "UserTask_OrderFromSupplier";
    public static final String DELIVERY = "SubProcess_Delivery";
    public static final String DELIVERY_STARTED = "StartEvent_DeliveryStarted";
    public static final String GATEWAY_ROUTE = "Gateway_DeliveryRoute";
    public static final String DELIVER = "UserTask_Deliver";
    public static final String DELIVER_THROUGH_FAMILY = "UserTask_DeliverThroughFamily";
    public static final String GATEWAY_ROUTE_JOIN = "Gateway_DeliveryRouteJoin";
    public static final String DELIVERED = "EndEvent_Delivered";
    public static final String DELIVERY_LATE = "BoundaryEvent_DeliveryLate";
    public static final String URGE_DELIVERY = "UserTask_UrgeDelivery";
    public static final String DELIVERY_URGED = "EndEvent_DeliveryUrged";
    public static final String SETTLE = "UserTask_Settle";
    public static final String OWNER_OPINION = "UserTask_OwnerOpinion";
    public static final String ARCHIVE = "UserTask_RegisterAndArchive";
    public static final String COMPLETED = "EndEvent_ErrandCompleted";

    private Elements() {}
  }

  public static final class Vars {
    public static final Variable<String> CASE_NUMBER = Variable.of("caseNumber", String.class);
    // E1 / E10 the request (start form or API)
    public static final Variable<String> ERRAND_TYPE = Variable.of("errandType", String.class);
    public static final Variable<String> ERRAND_TYPE_LABEL = Variable.of("errandTypeLabel", String.class);
    public static final Variable<String> ERRAND_SUMMARY = Variable.of("errandSummary", String.class);
    public static final Variable<String> OWNER_NAME = Variable.of("ownerName", String.class);
    public static final Variable<String> UNIT = Variable.of("unit", String.class);
    public static final Variable<String> OWNER_PHONE = Variable.of("ownerPhone", String.class);
    public static final Variable<String> RECIPIENT_NAME = Variable.of("recipientName", String.class);
    public static final Variable<String> RECIPIENT_PHONE = Variable.of("recipientPhone", String.class);
    /** Raw from the form's datetime field or the API (text), read with DateInput into {@link #DELIVERY_DUE}. */
    public static final String DELIVERY_TIME = "deliveryTime";
    public static final Variable<Date> DELIVERY_DUE = Variable.of("deliveryDue", Date.class);
    public static final Variable<String> DELIVERY_TIME_TEXT = Variable.of("deliveryTimeText", String.class);
    public static final Variable<String> CAKE_PURPOSE = Variable.of("cakePurpose", String.class);
    public static final Variable<String> CAKE_SIZE = Variable.of("cakeSize", String.class);
    public static final Variable<String> CAKE_DESIGN = Variable.of("cakeDesign", String.class);
    public static final Variable<String> CAKE_COLOURS = Variable.of("cakeColours", String.class);
    public static final Variable<String> CAKE_TEXT = Variable.of("cakeText", String.class);
    public static final Variable<String> CAKE_BRAND = Variable.of("cakeBrand", String.class);
    public static final Variable<Boolean> WITH_CARD = Variable.of("withCard", Boolean.class);
    public static final Variable<Boolean> WITH_FLOWERS = Variable.of("withFlowers", Boolean.class);
    public static final Variable<String> SPECIAL_ARRANGEMENTS = Variable.of("specialArrangements", String.class);
    public static final Variable<String> OCCASION = Variable.of("occasion", String.class);
    public static final Variable<String> OCCASION_LABEL = Variable.of("occasionLabel", String.class);
    public static final Variable<Boolean> IN_HOSPITAL = Variable.of("inHospital", Boolean.class);
    public static final Variable<String> HOSPITAL = Variable.of("hospital", String.class);
    public static final Variable<Boolean> BIRTHDAY = Variable.of("birthday", Boolean.class);
    public static final Variable<String> BIRTHDAY_LABEL = Variable.of("birthdayLabel", String.class);
    public static final Amount ESTIMATED_COST = Amount.of("estimatedCost", "预估费用");
    // E10 card text (decision) and the call to the owner
    public static final String CARD_DECISION_RESULT = "cardDecision";
    public static final Variable<String> CARD_TEXT = Variable.of("cardText", String.class);
    public static final Variable<String> CALL_PHRASE = Variable.of("callPhrase", String.class);
    public static final Variable<Boolean> OWNER_REACHED = Variable.of("ownerReached", Boolean.class);
    // E2 entrustment form
    public static final Variable<String> PAYMENT_METHOD = Variable.of("paymentMethod", String.class);
    public static final Variable<String> DELIVERY_ADDRESS = Variable.of("deliveryAddress", String.class);
    public static final Variable<Boolean> ENTRUSTMENT_SIGNED = Variable.of("entrustmentSigned", Boolean.class);
    // E3 deposit
    public static final Amount DEPOSIT = Amount.of("deposit", "预付款");
    public static final Variable<String> DEPOSIT_RECEIPT = Variable.of("depositReceiptNumber", String.class);
    // E4 supervisor, birthday blessing
    public static final Variable<Boolean> SUPERVISOR_ACKNOWLEDGED = Variable.of("supervisorAcknowledged", Boolean.class);
    public static final Variable<String> BLESSING = Variable.of("blessing", String.class);
    public static final Variable<String> MANAGER_JOINING = Variable.of("managerJoining", String.class);
    // E5 supplier order
    public static final Variable<String> SUPPLIER = Variable.of("supplierName", String.class);
    public static final Variable<String> PURCHASE_VOUCHER = Variable.of("purchaseVoucherNumber", String.class);
    public static final Amount COST = Amount.of("cost", "实际费用");
    public static final Variable<Boolean> INVOICE_REQUESTED = Variable.of("invoiceRequested", Boolean.class);
    public static final Variable<String> INVOICE_NUMBER = Variable.of("invoiceNumber", String.class);
    // E6 delivery
    public static final Variable<String> SIGNED_BY = Variable.of("signedBy", String.class);
    public static final Variable<Boolean> RECIPIENT_SIGNED = Variable.of("recipientSigned", Boolean.class);
    public static final Variable<Boolean> WISHES_CONVEYED = Variable.of("wishesConveyed", Boolean.class);
    public static final Variable<Boolean> MANAGER_JOINED = Variable.of("managerJoined", Boolean.class);
    public static final Variable<String> FAMILY_MEMBER = Variable.of("familyMemberName", String.class);
    public static final Variable<Boolean> FAMILY_SIGNED = Variable.of("familySigned", Boolean.class);
    public static final Variable<String> URGE_NOTE = Variable.of("urgeNote", String.class);
    // E7 settlement: derived when the cost is known, recorded when the money has changed hands
    public static final Amount BALANCE = Amount.signed("balance", "结余");
    public static final Variable<String> SETTLEMENT_DIRECTION = Variable.of("settlementDirection", String.class);
    public static final Variable<String> SETTLEMENT_DIRECTION_LABEL = Variable.of("settlementDirectionLabel", String.class);
    public static final Amount SETTLEMENT_AMOUNT = Amount.of("settlementAmount", "结算金额");
    public static final Variable<Boolean> OWNER_INFORMED = Variable.of("ownerInformed", Boolean.class);
    public static final Variable<Boolean> SETTLEMENT_PAID = Variable.of("settlementPaid", Boolean.class);
    public static final Variable<String> SETTLEMENT_RECEIPT = Variable.of("settlementReceiptNumber", String.class);
    public static final Variable<Boolean> SETTLED = Variable.of("settled", Boolean.class);
    // E8 owner's opinion
    public static final Variable<String> SERVICE_RATING = Variable.of("serviceRating", String.class);
    public static final Variable<String> SERVICE_OPINION = Variable.of("serviceOpinion", String.class);
    public static final Variable<Boolean> OWNER_SIGNED_OPINION = Variable.of("ownerSignedOpinion", Boolean.class);
    // E9 register and archive
    public static final Variable<Boolean> REGISTERED = Variable.of("registeredWithServiceCenter", Boolean.class);
    public static final Variable<String> ARCHIVE_NUMBER = Variable.of("archiveNumber", String.class);

    private Vars() {}
  }
}
