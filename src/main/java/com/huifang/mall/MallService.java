package com.huifang.mall;

import com.huifang.engine.HuifangProperties;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/** The mall's API: purchases registered at the desk (M1, M2) and the merchants' scores per month (M6). */
@Service
class MallService {

  private final RuntimeService runtime;
  private final MerchantRegister register;
  private final HuifangProperties properties;

  MallService(RuntimeService runtime, MerchantRegister register, HuifangProperties properties) {
    this.runtime = runtime;
    this.register = register;
    this.properties = properties;
  }

  /** The answer to a registered purchase: its case number, its process instance and its numbered forms. */
  record PurchaseRegistered(String caseNumber, String processInstanceId, List<FormIssued> feedbackForms) {}

  /** One issued feedback form: its number, the merchant and the service. */
  record FormIssued(Object formNumber, Object merchantId, Object service) {}

  /** M1: starts the case as the calling user; the start listener checks it again, numbers it and issues the forms. */
  PurchaseRegistered registerPurchase(String userId, PurchaseRequest purchase) {
    Map<String, Object> variables = purchase.variables();
    variables.put("initiator", userId);
    ProcessInstance instance = runtime.startProcessInstanceByKey(Mall.KEY, variables);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> forms = (List<Map<String, Object>>) runtime.getVariable(instance.getId(),
        Mall.Vars.FEEDBACK_FORMS);
    return new PurchaseRegistered(instance.getBusinessKey(), instance.getId(), forms.stream()
        .map(f -> new FormIssued(f.get(Mall.Vars.FORM_NUMBER.name()), f.get(Mall.Vars.MERCHANT_ID.name()),
            f.get(Mall.Vars.SERVICE.name()))).toList());
  }

  /** A merchant's month: every form scored in it and their total, and the month's penalties (M5, M6). */
  record MerchantScores(String merchantId, String merchantName, String month, List<ScoreLine> forms, int total,
      List<PenaltyLine> penalties) {}

  /** One scored form, with the facts the score came from. */
  record ScoreLine(String formNumber, String caseNumber, String service, String serviceLabel, int score, String reason,
      boolean registeredAtDesk, boolean serverCertified, boolean formReturned, Boolean signatureGenuine,
      String customerRating, String scoredAt) {}

  /** One penalty recorded for a forged signature. */
  record PenaltyLine(String formNumber, String caseNumber, String reason, String note, String recordedAt) {}

  /** M6: every form scored in the month, in the office's time zone, and their total; the month's penalties (M5). */
  Optional<MerchantScores> scores(String merchantId, YearMonth month) {
    Optional<MerchantRegister.Merchant> merchant = register.merchant(merchantId);
    if (merchant.isEmpty()) {
      return Optional.empty();
    }
    Instant from = month.atDay(1).atStartOfDay(properties.zone()).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(properties.zone()).toInstant();
    List<MerchantRegister.Score> scores = register.scores(merchantId, from, to);
    return Optional.of(new MerchantScores(merchant.get().id(), merchant.get().name(), month.toString(),
        scores.stream().map(s -> new ScoreLine(s.formNumber(), s.caseNumber(), s.service(),
            ServiceKind.byCode(s.service()).map(k -> k.label).orElse(s.service()), s.score(), s.reason(),
            s.registeredAtDesk(), s.serverCertified(), s.formReturned(), s.signatureGenuine(), s.customerRating(),
            s.scoredAt().atZone(properties.zone()).toOffsetDateTime().toString())).toList(),
        scores.stream().mapToInt(MerchantRegister.Score::score).sum(),
        register.penalties(merchantId, from, to).stream().map(p -> new PenaltyLine(p.formNumber(), p.caseNumber(),
            p.reason(), p.note() == null ? "" : p.note(),
            p.recordedAt().atZone(properties.zone()).toOffsetDateTime().toString())).toList()));
  }
}
