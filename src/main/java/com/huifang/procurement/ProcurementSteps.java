package com.huifang.procurement;

import static com.huifang.procurement.Procurement.Vars.*;

import com.huifang.engine.CaseNumberService;
import com.huifang.engine.EngineClock;
import com.huifang.engine.FormValues;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.InvalidInput;
import com.huifang.engine.Rules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The steps of procurement's processes on plain values, called by its delegates and listeners: a purchase registered
 * (Q1) and its issuer completed, the quarter's sample drawn and kept (Q2), a revisit recorded (Q3), a doubt explained,
 * assessed and handled by the finance manager (Q4). Refused input throws {@link InvalidInput.Refused}.
 */
@Service
class ProcurementSteps {

  /** Q3 the ways to revisit (seed 000 篇3 4.2.2). */
  static final Map<String, String> METHODS = Map.of("phone", "电话回访", "onSite", "现场回访", "quotation",
      "索取报价单或函证", "other", "其他方式");

  private final ProcurementRegister register;
  private final CaseNumberService caseNumbers;
  private final HuifangProperties properties;

  ProcurementSteps(ProcurementRegister register, CaseNumberService caseNumbers, HuifangProperties properties) {
    this.register = register;
    this.caseNumbers = caseNumbers;
    this.properties = properties;
  }

  /** Q1: the purchase checked, numbered and put on the register; the variables the case keeps. */
  Map<String, Object> register(Map<String, ?> variables, String buyer) {
    PurchaseRequest.Checked checked = PurchaseRequest.check(variables, Rules.clock(properties.zone()));
    InvalidInput.throwIfAny(checked.errors(), "采购登记");
    PurchaseRecord p = checked.purchase();
    p = new PurchaseRecord(caseNumbers.next(Procurement.NUMBER_PREFIX), p.item(), p.category(), p.quantity(),
        p.unit(), p.unitPrice(), p.supplier(), p.issuerContact(), p.department(), p.purchasedOn(), buyer);
    register.add(p, EngineClock.now());
    Map<String, Object> kept = new LinkedHashMap<>();
    kept.put(PURCHASE_NUMBER.name(), p.number());
    kept.put(ITEM.name(), p.item());
    kept.put(CATEGORY.name(), p.category().code());
    kept.put(CATEGORY_LABEL.name(), p.category().label());
    kept.put(QUANTITY.name(), p.quantity().toPlainString());
    kept.put(UNIT.name(), p.unit());
    kept.put(UNIT_PRICE.name(), PurchaseRecord.yuan(p.unitPrice()));
    kept.put(SUPPLIER.name(), p.supplier());
    kept.put(ISSUER_CONTACT.name(), p.issuerContact());
    kept.put(DEPARTMENT.name(), p.department());
    kept.put(PURCHASED_ON.name(), p.purchasedOn().toString());
    kept.put(BUYER.name(), buyer);
    kept.put(ISSUER_MISSING.name(), p.issuerContact() == null);
    kept.put(PURCHASE_SUMMARY.name(), p.summary());
    return kept;
  }

  /** Q1: the issuer's phone or address the buyer gives before reimbursement. */
  String completeIssuer(String number, Map<String, ?> variables) {
    FormValues values = new FormValues(variables);
    String contact = PurchaseRequest.text(values.text(ISSUER_CONTACT.name()));
    InvalidInput.throwIfAny(FormValues.firstPerField(values.errors(), new InvalidInput()
        .require(contact != null && contact.length() <= 200, ISSUER_CONTACT.name(), "请填写开票人电话或详细地址(最多200字)")
        .errors()));
    register.completeIssuer(number, contact, EngineClock.now());
    return contact;
  }

  /**
   * Q2: the quarter to sample: the one finance named (yyyy-Qn, begun by {@code now}), or else the quarter before the
   * one {@code now} falls in, in the office's time zone.
   */
  Quarter sampleQuarter(Object named, java.util.Date now) {
    LocalDate today = LocalDate.ofInstant(now.toInstant(), properties.zone());
    FormValues values = new FormValues(java.util.Collections.singletonMap(QUARTER.name(), named));
    String text = PurchaseRequest.text(values.text(QUARTER.name()));
    InvalidInput.throwIfAny(values.errors());
    if (text == null) {
      return Quarter.of(today).previous();
    }
    Quarter quarter = null;
    try {
      quarter = Quarter.parse(text);
    } catch (IllegalArgumentException notAQuarter) {
      // refused below
    }
    InvalidInput.throwIfAny(new InvalidInput().require(quarter != null && !quarter.start().isAfter(today),
        QUARTER.name(), "抽样季度应为已开始的季度,写作 yyyy-Qn,例如 2026-Q3").errors());
    return quarter;
  }

  /** Q2: the quarter's sample drawn with {@code seed} and kept under {@code sampleId}. */
  ProcurementSample.Draw drawAndKeep(String sampleId, Quarter quarter, SampleRules rules, long seed) {
    ProcurementSample.Draw draw = ProcurementSample.draw(quarter,
        register.purchasedBetween(quarter.start(), quarter.end()),
        register.purchasedBetween(quarter.start().minusMonths(12), quarter.start()),
        register.sampledKinds(quarter.previous()), rules, seed);
    draw.items().forEach(item -> register.addSampled(sampleId, quarter, item));
    return draw;
  }

  /** Q5: the half year to sum up: the one finance named (yyyy-Hn, begun by {@code now}), or else the one before. */
  HalfYear summaryHalfYear(Object named, java.util.Date now) {
    LocalDate today = LocalDate.ofInstant(now.toInstant(), properties.zone());
    FormValues values = new FormValues(java.util.Collections.singletonMap(HALF_YEAR.name(), named));
    String text = PurchaseRequest.text(values.text(HALF_YEAR.name()));
    InvalidInput.throwIfAny(values.errors());
    if (text == null) {
      return HalfYear.of(today).previous();
    }
    HalfYear half = null;
    try {
      half = HalfYear.parse(text);
    } catch (IllegalArgumentException notAHalfYear) {
      // refused below
    }
    InvalidInput.throwIfAny(new InvalidInput().require(half != null && !half.start().isAfter(today),
        HALF_YEAR.name(), "总结的半年应为已开始的半年,写作 yyyy-H1 或 yyyy-H2,例如 2026-H2").errors());
    return half;
  }

  /** Q5: the half year's figures, as the summary task shows them. */
  Map<String, Object> halfYearFigures(HalfYear half) {
    HalfYearSummary.Figures f = HalfYearSummary.of(half, register.sheet(half.quarters()));
    Map<String, Object> set = new LinkedHashMap<>();
    set.put(HALF_YEAR.name(), f.halfYear());
    set.put(SAMPLED.name(), f.sampled());
    set.put(REVISITED.name(), f.revisited());
    set.put(DOUBTS.name(), f.doubts());
    set.put(EXPLAINED.name(), f.explained());
    set.put(ESCALATED.name(), f.escalated());
    set.put(OPEN.name(), f.open());
    set.put(AT_STAKE.name(), PurchaseRecord.yuan(f.atStake()));
    set.put(BY_DEPARTMENT.name(), f.byDepartment());
    set.put(BY_SUPPLIER.name(), f.bySupplier());
    set.put(PROBLEMS.name(), f.problems());
    return set;
  }

  /** Q5: finance's summary of the problems, signed. */
  void checkSummary(Map<String, ?> variables) {
    FormValues values = new FormValues(variables);
    String text = PurchaseRequest.text(values.text(SUMMARY_TEXT.name()));
    String signature = PurchaseRequest.text(values.text(SUMMARY_SIGNATURE.name()));
    InvalidInput.throwIfAny(FormValues.firstPerField(values.errors(), new InvalidInput()
        .require(text != null && text.length() <= 4000, SUMMARY_TEXT.name(), "请填写问题总结与改进措施(最多4000字)")
        .require(signature != null && signature.length() <= 64, SUMMARY_SIGNATURE.name(), "请总结人签名").errors()));
  }

  /** Q3: the revisit as the revisitor records it on the 采购物资供方回访表; the variables it sets. */
  Map<String, Object> recordRevisit(String sampleId, String number, String paidUnitPrice, Map<String, ?> variables) {
    FormValues values = new FormValues(variables);
    String method = PurchaseRequest.text(values.text(METHOD.name()));
    String prices = PurchaseRequest.text(values.text(PRICES_FOUND.name()));
    Object rawLowest = values.raw(LOWEST_PRICE.name());
    String lowestText = rawLowest instanceof Number n ? new BigDecimal(n.toString()).toPlainString()
        : values.text(LOWEST_PRICE.name());
    BigDecimal lowest = lowestText == null ? null
        : PurchaseRequest.decimal(lowestText, 2).filter(d -> d.signum() > 0).orElse(null);
    String conclusion = PurchaseRequest.text(values.text(CONCLUSION.name()));
    String signature = PurchaseRequest.text(values.text(REVISITOR_SIGNATURE.name()));
    Boolean doubt = values.flag(DOUBT.name());
    InvalidInput.throwIfAny(FormValues.firstPerField(values.errors(), new InvalidInput()
        .require(method != null && METHODS.containsKey(method), METHOD.name(), "请选择回访方式(电话、现场、索取报价单或函证、其他)")
        .require(prices != null && prices.length() <= 1000, PRICES_FOUND.name(), "请填写回访所得的各家报价(最多1000字)")
        .require(lowest != null, LOWEST_PRICE.name(), "请填写回访所得的最低单价(元,最多2位小数)")
        .require(conclusion != null && conclusion.length() <= 1000, CONCLUSION.name(), "请填写回访结论(最多1000字)")
        .require(signature != null && signature.length() <= 64, REVISITOR_SIGNATURE.name(), "请回访人签名")
        .errors()), "采购物资供方回访表");
    BigDecimal difference = new BigDecimal(paidUnitPrice).subtract(lowest);
    boolean doubtful = Boolean.TRUE.equals(doubt);
    register.recordRevisit(sampleId, number, new ProcurementRegister.Revisit(method, prices, lowest, difference,
        conclusion, signature, doubtful), EngineClock.now());
    Map<String, Object> set = new LinkedHashMap<>();
    set.put(METHOD.name(), method);
    set.put(METHOD_LABEL.name(), METHODS.get(method));
    set.put(PRICES_FOUND.name(), prices);
    set.put(LOWEST_PRICE.name(), PurchaseRecord.yuan(lowest));
    set.put(DIFFERENCE.name(), PurchaseRecord.yuan(difference));
    set.put(CONCLUSION.name(), conclusion);
    set.put(REVISITOR_SIGNATURE.name(), signature);
    set.put(DOUBT.name(), doubtful);
    return set;
  }

  /** Q4: the buyer's explanation of the doubt. */
  String recordExplanation(String sampleId, String number, Map<String, ?> variables) {
    String explanation = required(variables, EXPLANATION_TEXT.name(), "请填写对疑问的解释(最多1000字)");
    register.recordExplanation(sampleId, number, explanation);
    return explanation;
  }

  /** Q4: whether the revisitor accepts the explanation; one that does not satisfy goes to the finance manager. */
  boolean recordAssessment(String sampleId, String number, Map<String, ?> variables) {
    FormValues values = new FormValues(variables);
    Boolean accepted = values.flag(EXPLANATION_ACCEPTED.name());
    InvalidInput.throwIfAny(values.errors());
    register.recordAssessment(sampleId, number, Boolean.TRUE.equals(accepted), EngineClock.now());
    return Boolean.TRUE.equals(accepted);
  }

  /** Q4: what the finance manager decided. */
  String recordOutcome(String sampleId, String number, Map<String, ?> variables) {
    String outcome = required(variables, FINANCE_OUTCOME.name(), "请填写处理结果(最多1000字)");
    register.recordOutcome(sampleId, number, outcome, EngineClock.now());
    return outcome;
  }

  private static String required(Map<String, ?> variables, String name, String message) {
    FormValues values = new FormValues(variables);
    String text = PurchaseRequest.text(values.text(name));
    InvalidInput.throwIfAny(FormValues.firstPerField(values.errors(),
        new InvalidInput().require(text != null && text.length() <= 1000, name, message).errors()));
    return text;
  }

  /** The sampled purchases as the call activity passes them on: one map each. */
  static List<Map<String, Object>> itemMaps(String sampleId, ProcurementSample.Draw draw) {
    return draw.items().stream().map(s -> SampledItem.of(sampleId, s).asMap()).toList();
  }
}
