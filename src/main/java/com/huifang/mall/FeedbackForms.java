package com.huifang.mall;

import com.huifang.engine.EngineClock;
import static com.huifang.mall.Mall.Vars.*;

import com.huifang.engine.CaseNumberService;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.InvalidInput;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * The logic behind the mall's listeners and delegates: registering a purchase and issuing its feedback forms
 * (M1, M2), checking who served (M3), the customer's part and the return to the desk (M4), the desk's
 * verification (M5), and the score and penalty records (M6, M5).
 */
@Service
public class FeedbackForms {

  static final String PENALTY_REASON = "伪造顾客签字的服务反馈表";

  private final MerchantRegister register;
  private final CaseNumberService caseNumbers;
  private final HuifangProperties properties;

  public FeedbackForms(MerchantRegister register, CaseNumberService caseNumbers, HuifangProperties properties) {
    this.register = register;
    this.caseNumbers = caseNumbers;
    this.properties = properties;
  }

  /** M1/M2 at the start: checks the purchase, numbers it JC-…, and lists one feedback form per merchant and service. */
  void preparePurchase(DelegateExecution execution) {
    PurchaseRegistration purchase = PurchaseRegistration.check(execution.getVariables(), register);
    InvalidInput.throwIfAny(purchase.errors());
    String number = caseNumbers.next(Mall.NUMBER_PREFIX);
    execution.setProcessBusinessKey(number);
    CASE_NUMBER.set(execution, number);
    for (String field : PurchaseRegistration.TEXT_FIELDS) {
      execution.setVariable(field, PurchaseRegistration.text(execution.getVariable(field)));
    }
    execution.setVariable(RETURN_DAYS, purchase.returnDays());
    // a mutable list of mutable maps: the JSON serializer names the types, and reads them back
    List<Map<String, Object>> forms = new ArrayList<>();
    List<String> summary = new ArrayList<>();
    for (PurchaseRegistration.Line line : purchase.lines()) {
      for (ServiceKind service : line.services()) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(FORM_NUMBER.name(), "%s-%02d".formatted(number, forms.size() + 1));
        form.put(MERCHANT_ID.name(), line.merchant().id());
        form.put(MERCHANT_NAME.name(), line.merchant().name());
        form.put(GOODS.name(), line.goods());
        form.put(SERVICE.name(), service.code);
        form.put(SERVICE_LABEL.name(), service.label);
        form.put(SERVICE_DATE.name(), line.serviceDate().toString());
        form.put(REGISTERED_AT_DESK.name(), line.registeredAtDesk());
        forms.add(form);
      }
      summary.add(line.merchant().name() + ":" + line.goods() + "("
          + line.services().stream().map(s -> s.label).collect(Collectors.joining("、")) + ")"
          + (line.registeredAtDesk() ? "" : ",商户未带顾客到客服中心登记"));
    }
    execution.setVariable(FEEDBACK_FORMS, forms);
    PURCHASE_SUMMARY.set(execution, String.join(";", summary));
  }

  /** At the issue of one form: its own variables, the merchant's candidate group and register, and the return deadline (M4). */
  void issueForm(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> form = (Map<String, Object>) execution.getVariable(FEEDBACK_FORM);
    form.forEach(execution::setVariable);
    execution.removeVariable(FEEDBACK_FORM);
    String merchantId = MERCHANT_ID.get(execution);
    MERCHANT_GROUP.set(execution, Mall.merchantGroup(merchantId));
    ZoneId zone = properties.zone();
    int days = ((Number) execution.getVariable(RETURN_DAYS)).intValue();
    // due by the end of the last day: scheduled 11-25 with 3 days → back at the desk before 11-29 00:00
    LocalDate service = LocalDate.parse(SERVICE_DATE.get(execution));
    RETURN_DUE.set(execution, Date.from(service.plusDays(days + 1L).atStartOfDay(zone).toInstant()));
    STAFF_REGISTER.set(execution, register.staffOf(merchantId).stream()
        .map(s -> s.id() + " " + s.name() + (s.certified() ? "(有上岗资格证)" : "(无上岗资格证)"))
        .collect(Collectors.joining(";")));
    FORM_RETURNED.set(execution, false);
    REVISIT_COUNT.set(execution, 0);
    FORM_STATUS_LABEL.set(execution, "已发放");
  }

  /** M3 at the end of the service: the server must be on this merchant's register; uncertified means unqualified. */
  void recordService(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the return deadline interrupted the form in hand
    }
    String staffId = PurchaseRegistration.text(SERVER_STAFF_ID.get(execution));
    Optional<MerchantRegister.Staff> staff = register.staffOf(MERCHANT_ID.get(execution)).stream()
        .filter(s -> s.id().equals(staffId)).findFirst();
    new InvalidInput()
        .require(staff.isPresent(), SERVER_STAFF_ID.name(), "服务人员须是本商户在客服中心备案的人员,请填写备案工号")
        .throwIfAny();
    SERVER_STAFF_ID.set(execution, staffId);
    SERVER_NAME.set(execution, staff.get().name());
    SERVER_CERTIFIED.set(execution, staff.get().certified());
    FORM_STATUS_LABEL.set(execution, staff.get().certified() ? "已服务" : "已服务(服务人员无上岗资格证,服务不合格)");
  }

  /** M4: the customer checks the result and fills the form. */
  void recordCustomerFeedback(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the return deadline interrupted the form in hand
    }
    String rating = CUSTOMER_RATING.get(execution);
    String signature = PurchaseRegistration.text(CUSTOMER_SIGNATURE.get(execution));
    String comment = PurchaseRegistration.text(CUSTOMER_COMMENT.get(execution));
    new InvalidInput()
        .require(rating != null && CustomerRating.byCode(rating).isPresent(), CUSTOMER_RATING.name(), "请选择顾客评价")
        .require(!signature.isEmpty() && signature.length() <= 100, CUSTOMER_SIGNATURE.name(), "请顾客签名(最多100字)")
        .require(comment.length() <= 1000, CUSTOMER_COMMENT.name(), "顾客意见最多1000字")
        .throwIfAny();
    CUSTOMER_SIGNATURE.set(execution, signature);
    CUSTOMER_COMMENT.set(execution, comment);
    FORM_STATUS_LABEL.set(execution, "顾客已填写");
  }

  /** M4: the form is back at the desk in time. */
  void receiveForm(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the return deadline interrupted the form in hand
    }
    FORM_RETURNED.set(execution, true);
    RETURNED_AT.set(execution, EngineClock.nowAsDate());
    FORM_STATUS_LABEL.set(execution, "已按期交回客服中心");
  }

  /** M5: what the revisit found: was the service done, and is the signature on a returned form the customer's. */
  void recordVerification(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the return deadline interrupted the form in hand
    }
    boolean returned = Boolean.TRUE.equals(FORM_RETURNED.get(execution));
    Boolean completed = yesNo(execution.getVariable(SERVICE_COMPLETED_ANSWER));
    Boolean genuine = yesNo(execution.getVariable(SIGNATURE_GENUINE_ANSWER));
    String note = PurchaseRegistration.text(VERIFY_NOTE.get(execution));
    new InvalidInput()
        .require(completed != null, SERVICE_COMPLETED_ANSWER, "请根据回访选择服务是否已完成")
        .require(!returned || genuine != null, SIGNATURE_GENUINE_ANSWER, "请根据回访核实反馈表上的签字是否顾客本人所签")
        .require(note.length() <= 1000, VERIFY_NOTE.name(), "核实说明最多1000字")
        .throwIfAny();
    SERVICE_COMPLETED.set(execution, completed);
    SIGNATURE_GENUINE.set(execution, returned ? genuine : null);
    VERIFY_NOTE.set(execution, note);
  }

  /** M6: the score table's result, kept per form. */
  void recordScore(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) execution.getVariable(SCORE_RESULT);
    if (result == null) {
      throw new IllegalStateException("the score table " + Mall.SCORE_DECISION + " has no rule for form "
          + FORM_NUMBER.get(execution));
    }
    int score = ((Number) result.get(SCORE.name())).intValue();
    String reason = (String) result.get(SCORE_REASON.name());
    SCORE.set(execution, score);
    SCORE_REASON.set(execution, reason);
    FORM_STATUS_LABEL.set(execution, "已评分:" + score + "分");
    register.saveScore(new MerchantRegister.Score(FORM_NUMBER.get(execution), CASE_NUMBER.get(execution),
        MERCHANT_ID.get(execution), SERVICE.get(execution), score, reason,
        Boolean.TRUE.equals(REGISTERED_AT_DESK.get(execution)), Boolean.TRUE.equals(SERVER_CERTIFIED.get(execution)),
        Boolean.TRUE.equals(FORM_RETURNED.get(execution)), SIGNATURE_GENUINE.get(execution),
        CUSTOMER_RATING.get(execution), EngineClock.now()));
  }

  /** M5: a forged customer signature is recorded for the mall's penalty. */
  void recordPenalty(DelegateExecution execution) {
    register.savePenalty(new MerchantRegister.Penalty(FORM_NUMBER.get(execution), CASE_NUMBER.get(execution),
        MERCHANT_ID.get(execution), PENALTY_REASON, VERIFY_NOTE.get(execution), EngineClock.now()));
  }

  private static Boolean yesNo(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
  }
}
