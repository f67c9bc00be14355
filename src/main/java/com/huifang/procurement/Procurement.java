package com.huifang.procurement;

import com.huifang.engine.Variable;

/**
 * Procurement supplier revisits (采购行为回访, rules Q1–Q5): the purchase register (processes/procurement-purchase.bpmn),
 * the quarterly sample (processes/procurement-revisit-quarter.bpmn) and the revisit of one sampled item
 * (processes/procurement-revisit.bpmn): keys, element ids, variables.
 */
public final class Procurement {

  public static final String PURCHASE_KEY = "procurement-purchase";
  public static final String QUARTER_KEY = "procurement-revisit-quarter";
  public static final String REVISIT_KEY = "procurement-revisit";
  public static final String SUMMARY_KEY = "procurement-half-year-summary";
  public static final String SAMPLE_RULES_DECISION = "procurement-sample-rules";
  /** Purchase numbers CG-yyyyMMdd-NNNN (采购). */
  public static final String NUMBER_PREFIX = "CG";
  public static final String BUYER_GROUP = "buyer";

  private Procurement() {}

  /** Elements of procurement-purchase. */
  public static final class PurchaseElements {
    public static final String START = "StartEvent_PurchaseRegistered";
    public static final String GATEWAY_ISSUER_KNOWN = "Gateway_IssuerContactKnown";
    public static final String COMPLETE_ISSUER = "UserTask_CompleteIssuerContact";
    public static final String END_REGISTERED = "EndEvent_PurchaseOnRegister";
    public static final String END_COMPLETED = "EndEvent_IssuerContactCompleted";

    private PurchaseElements() {}
  }

  /** Elements of procurement-revisit-quarter. */
  public static final class QuarterElements {
    public static final String START_TIMER = "StartEvent_QuarterBegins";
    public static final String SAMPLE_RULES = "BusinessRuleTask_SampleRules";
    public static final String DRAW = "ServiceTask_DrawSample";
    public static final String GATEWAY_ANY_DRAWN = "Gateway_AnyItemDrawn";
    public static final String REVISIT_ITEMS = "CallActivity_RevisitItems";
    public static final String END_DONE = "EndEvent_SampleRevisited";
    public static final String END_NOTHING = "EndEvent_NothingPurchased";

    private QuarterElements() {}
  }

  /** Elements of procurement-revisit. */
  public static final class RevisitElements {
    public static final String START = "StartEvent_ItemSampled";
    public static final String REVISIT_SUPPLIER = "UserTask_RevisitSupplier";
    public static final String GATEWAY_DOUBT = "Gateway_Doubt";
    public static final String EXPLAIN = "UserTask_ExplainDoubt";
    public static final String ASSESS = "UserTask_AssessExplanation";
    public static final String GATEWAY_EXPLAINED = "Gateway_Explained";
    public static final String FINANCE_MANAGER = "UserTask_FinanceManagerHandles";
    public static final String END_NO_DOUBT = "EndEvent_PriceConfirmed";
    public static final String END_EXPLAINED = "EndEvent_DoubtExplained";
    public static final String END_ESCALATED = "EndEvent_HandledByFinanceManager";

    private RevisitElements() {}
  }

  /** Elements of procurement-half-year-summary. */
  public static final class SummaryElements {
    public static final String START = "StartEvent_HalfYearBegins";
    public static final String COMPILE = "ServiceTask_CompileFigures";
    public static final String SUMMARISE = "UserTask_SummariseProblems";
    public static final String END = "EndEvent_ProblemsSummarised";

    private SummaryElements() {}
  }

  public static final class Vars {
    // Q1 the purchase
    public static final Variable<String> PURCHASE_NUMBER = Variable.of("caseNumber", String.class);
    public static final Variable<String> ITEM = Variable.of("item", String.class);
    public static final Variable<String> CATEGORY = Variable.of("category", String.class);
    public static final Variable<String> CATEGORY_LABEL = Variable.of("categoryLabel", String.class);
    public static final Variable<String> QUANTITY = Variable.of("quantity", String.class);
    public static final Variable<String> UNIT = Variable.of("unit", String.class);
    public static final Variable<String> UNIT_PRICE = Variable.of("unitPrice", String.class);
    public static final Variable<String> SUPPLIER = Variable.of("supplier", String.class);
    public static final Variable<String> ISSUER_CONTACT = Variable.of("issuerContact", String.class);
    public static final Variable<String> DEPARTMENT = Variable.of("department", String.class);
    public static final Variable<String> PURCHASED_ON = Variable.of("purchasedOn", String.class);
    public static final Variable<String> BUYER = Variable.of("buyer", String.class);
    /** Q1: true when the invoice issuer's phone or address is missing (flagged before reimbursement). */
    public static final Variable<Boolean> ISSUER_MISSING = Variable.of("issuerContactMissing", Boolean.class);
    public static final Variable<String> PURCHASE_SUMMARY = Variable.of("purchaseSummary", String.class);
    // Q2 the quarter's draw
    /** The result of the sample-rules table (a map of its outputs). */
    public static final String SAMPLE_RULES = "sampleRules";
    public static final Variable<String> QUARTER = Variable.of("sampleQuarter", String.class);
    public static final Variable<Long> SEED = Variable.of("sampleSeed", Long.class);
    /** Why each item is in the sample, and what each category had to draw from: one line each. */
    public static final Variable<String> EXPLANATION = Variable.of("sampleExplanation", String.class);
    public static final Variable<Integer> DRAWN_COUNT = Variable.of("sampleDrawnCount", Integer.class);
    /** The sampled purchases, one map each ({@link SampledItem#asMap()}), the multi-instance collection. */
    public static final String ITEMS = "sampleItems";
    public static final String SAMPLE_ITEM = "sampleItem";
    // Q3 one revisit
    public static final Variable<String> SAMPLE_ID = Variable.of("sampleId", String.class);
    public static final Variable<String> SAMPLE_REASON = Variable.of("sampleReason", String.class);
    public static final Variable<String> METHOD = Variable.of("revisitMethod", String.class);
    public static final Variable<String> METHOD_LABEL = Variable.of("revisitMethodLabel", String.class);
    public static final Variable<String> PRICES_FOUND = Variable.of("pricesFound", String.class);
    public static final Variable<String> LOWEST_PRICE = Variable.of("lowestPrice", String.class);
    public static final Variable<String> DIFFERENCE = Variable.of("priceDifference", String.class);
    public static final Variable<String> CONCLUSION = Variable.of("conclusion", String.class);
    public static final Variable<String> REVISITOR_SIGNATURE = Variable.of("revisitorSignature", String.class);
    public static final Variable<Boolean> DOUBT = Variable.of("doubt", Boolean.class);
    // Q4 the doubt
    public static final Variable<String> EXPLANATION_TEXT = Variable.of("buyerExplanation", String.class);
    public static final Variable<Boolean> EXPLANATION_ACCEPTED = Variable.of("explanationAccepted", Boolean.class);
    public static final Variable<String> FINANCE_OUTCOME = Variable.of("financeManagerOutcome", String.class);

    // Q5 the half-year summary: the figures compiled, and finance's summary
    public static final Variable<String> HALF_YEAR = Variable.of("summaryHalfYear", String.class);
    public static final Variable<Integer> SAMPLED = Variable.of("summarySampled", Integer.class);
    public static final Variable<Integer> REVISITED = Variable.of("summaryRevisited", Integer.class);
    public static final Variable<Integer> DOUBTS = Variable.of("summaryDoubts", Integer.class);
    public static final Variable<Integer> EXPLAINED = Variable.of("summaryExplained", Integer.class);
    public static final Variable<Integer> ESCALATED = Variable.of("summaryEscalated", Integer.class);
    public static final Variable<Integer> OPEN = Variable.of("summaryOpen", Integer.class);
    public static final Variable<String> AT_STAKE = Variable.of("summaryAtStake", String.class);
    public static final Variable<String> BY_DEPARTMENT = Variable.of("summaryByDepartment", String.class);
    public static final Variable<String> BY_SUPPLIER = Variable.of("summaryBySupplier", String.class);
    public static final Variable<String> PROBLEMS = Variable.of("summaryProblems", String.class);
    public static final Variable<String> SUMMARY_TEXT = Variable.of("problemSummary", String.class);
    public static final Variable<String> SUMMARY_SIGNATURE = Variable.of("summarySignature", String.class);

    private Vars() {}
  }
}
