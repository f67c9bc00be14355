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
import org.springframework.stereotype.Service;

/**
 * The rules behind the mall's listeners and delegates, on plain values: registering a purchase and issuing its
 * feedback forms (M1, M2), checking who served (M3), the customer's part and the return to the desk (M4), the desk's
 * verification (M5), and the score and penalty records (M6, M5). Refused input is an {@link InvalidInput.Refused}.
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

  /** A registered purchase: its case number, the cleaned fields, the return period and one form per merchant and service. */
  public record Purchase(String caseNumber, Map<String, String> texts, int returnDays, List<Map<String, Object>> forms,
      String summary) {}

  /** M1/M2 at the start: checks the purchase as submitted, numbers it JC-…, and lists its feedback forms. */
  public Purchase preparePurchase(Map<String, Object> submitted) {
    PurchaseRegistration purchase = PurchaseRegistration.check(submitted, register);
    InvalidInput.throwIfAny(purchase.errors());
    String number = caseNumbers.next(Mall.NUMBER_PREFIX);
    Map<String, String> texts = new LinkedHashMap<>();
    for (String field : PurchaseRegistration.TEXT_FIELDS) {
      texts.put(field, PurchaseRegistration.text(submitted.get(field)));
    }
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
    return new Purchase(number, texts, purchase.returnDays(), forms, String.join(";", summary));
  }

  /** One issued form: its merchant's candidate group, its return deadline, the merchant's staff register, its status. */
  public record IssuedForm(String merchantGroup, Date returnDue, String staffRegister, String statusLabel) {}

  /** M4 at the issue of one form: due back at the desk by the end of the service date plus the return period. */
  public IssuedForm issueForm(String merchantId, String serviceDate, int returnDays) {
    ZoneId zone = properties.zone();
    // due by the end of the last day: scheduled 11-25 with 3 days → back at the desk before 11-29 00:00
    LocalDate service = LocalDate.parse(serviceDate);
    return new IssuedForm(Mall.merchantGroup(merchantId),
        Date.from(service.plusDays(returnDays + 1L).atStartOfDay(zone).toInstant()),
        register.staffOf(merchantId).stream()
            .map(s -> s.id() + " " + s.name() + (s.certified() ? "(有上岗资格证)" : "(无上岗资格证)"))
            .collect(Collectors.joining(";")),
        "已发放");
  }

  /** Who served: a member of the merchant's registered staff, certified or not, and the form's status. */
  public record Server(String staffId, String name, boolean certified, String statusLabel) {}

  /** M3 at the end of the service: the server must be on this merchant's register; uncertified means unqualified. */
  public Server recordService(String merchantId, String staffIdAsEntered) {
    String staffId = PurchaseRegistration.text(staffIdAsEntered);
    Optional<MerchantRegister.Staff> staff = register.staffOf(merchantId).stream()
        .filter(s -> s.id().equals(staffId)).findFirst();
    new InvalidInput()
        .require(staff.isPresent(), SERVER_STAFF_ID.name(), "服务人员须是本商户在客服中心备案的人员,请填写备案工号")
        .throwIfAny();
    return new Server(staffId, staff.get().name(), staff.get().certified(),
        staff.get().certified() ? "已服务" : "已服务(服务人员无上岗资格证,服务不合格)");
  }

  /** The customer's part, as kept: the signature and the comment trimmed, and the form's status. */
  public record CustomerFeedback(String signature, String comment, String statusLabel) {}

  /** M4: the customer checks the result and fills the form. */
  public CustomerFeedback recordCustomerFeedback(String rating, String signatureAsEntered, String commentAsEntered) {
    String signature = PurchaseRegistration.text(signatureAsEntered);
    String comment = PurchaseRegistration.text(commentAsEntered);
    new InvalidInput()
        .require(rating != null && CustomerRating.byCode(rating).isPresent(), CUSTOMER_RATING.name(), "请选择顾客评价")
        .require(!signature.isEmpty() && signature.length() <= 100, CUSTOMER_SIGNATURE.name(), "请顾客签名(最多100字)")
        .require(comment.length() <= 1000, CUSTOMER_COMMENT.name(), "顾客意见最多1000字")
        .throwIfAny();
    return new CustomerFeedback(signature, comment, "顾客已填写");
  }

  /** A form back at the desk: when, and the form's status. */
  public record Returned(Date at, String statusLabel) {}

  /** M4: the form is back at the desk in time. */
  public Returned receiveForm() {
    return new Returned(EngineClock.nowAsDate(), "已按期交回客服中心");
  }

  /** What the desk's revisit found; {@code signatureGenuine} is null for a form that never came back. */
  public record Verification(boolean serviceCompleted, Boolean signatureGenuine, String note) {}

  /** M5: was the service done, and is the signature on a returned form the customer's ("yes"/"no" or a boolean). */
  public Verification recordVerification(boolean formReturned, Object completedAnswer, Object genuineAnswer,
      String noteAsEntered) {
    Boolean completed = yesNo(completedAnswer);
    Boolean genuine = yesNo(genuineAnswer);
    String note = PurchaseRegistration.text(noteAsEntered);
    new InvalidInput()
        .require(completed != null, SERVICE_COMPLETED_ANSWER, "请根据回访选择服务是否已完成")
        .require(!formReturned || genuine != null, SIGNATURE_GENUINE_ANSWER, "请根据回访核实反馈表上的签字是否顾客本人所签")
        .require(note.length() <= 1000, VERIFY_NOTE.name(), "核实说明最多1000字")
        .throwIfAny();
    return new Verification(completed, formReturned ? genuine : null, note);
  }

  /** The facts of one form the score is kept with. */
  public record FormFacts(String formNumber, String caseNumber, String merchantId, String service,
      boolean registeredAtDesk, boolean serverCertified, boolean formReturned, Boolean signatureGenuine,
      String customerRating) {}

  /** A form's score, its reason, and the form's status. */
  public record Scored(int score, String reason, String statusLabel) {}

  /** M6: the score table's result ({@code scoreResult}), kept per form. */
  public Scored recordScore(Map<?, ?> result, FormFacts form) {
    if (result == null) {
      throw new IllegalStateException("the score table " + Mall.SCORE_DECISION + " has no rule for form "
          + form.formNumber());
    }
    int score = ((Number) result.get(SCORE.name())).intValue();
    String reason = (String) result.get(SCORE_REASON.name());
    register.saveScore(new MerchantRegister.Score(form.formNumber(), form.caseNumber(), form.merchantId(),
        form.service(), score, reason, form.registeredAtDesk(), form.serverCertified(), form.formReturned(),
        form.signatureGenuine(), form.customerRating(), EngineClock.now()));
    return new Scored(score, reason, "已评分:" + score + "分");
  }

  /** M5: a forged customer signature is recorded for the mall's penalty. */
  public void recordPenalty(String formNumber, String caseNumber, String merchantId, String note) {
    register.savePenalty(new MerchantRegister.Penalty(formNumber, caseNumber, merchantId, PENALTY_REASON, note,
        EngineClock.now()));
  }

  private static Boolean yesNo(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
  }
}
