package com.huifang.mall;

import com.huifang.web.ApiException;
import com.huifang.engine.HuifangProperties;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** M1: starts the case as the calling user; the start listener checks it again, numbers it and issues the forms. */
  Map<String, Object> registerPurchase(String userId, Map<String, Object> purchase) {
    Map<String, Object> variables = new LinkedHashMap<>(purchase);
    variables.put("initiator", userId);
    ProcessInstance instance = runtime.startProcessInstanceByKey(Mall.KEY, variables);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> forms = (List<Map<String, Object>>) runtime.getVariable(instance.getId(),
        Mall.Vars.FEEDBACK_FORMS);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseNumber", instance.getBusinessKey());
    body.put("processInstanceId", instance.getId());
    body.put("feedbackForms", forms.stream().map(f -> Map.of(
        "formNumber", f.get(Mall.Vars.FORM_NUMBER.name()),
        "merchantId", f.get(Mall.Vars.MERCHANT_ID.name()),
        "service", f.get(Mall.Vars.SERVICE.name()))).toList());
    return body;
  }

  MerchantRegister register() {
    return register;
  }

  boolean merchantExists(String merchantId) {
    return register.merchant(merchantId).isPresent();
  }

  /** M6: every form scored in the month, in the office's time zone, and their total; the month's penalties (M5). */
  Map<String, Object> scores(String merchantId, YearMonth month) {
    MerchantRegister.Merchant merchant = register.merchant(merchantId)
        .orElseThrow(() -> ApiException.notFound("没有商户 " + merchantId));
    Instant from = month.atDay(1).atStartOfDay(properties.zone()).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(properties.zone()).toInstant();
    List<MerchantRegister.Score> scores = register.scores(merchantId, from, to);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("merchantId", merchant.id());
    body.put("merchantName", merchant.name());
    body.put("month", month.toString());
    body.put("forms", scores.stream().map(s -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("formNumber", s.formNumber());
      line.put("caseNumber", s.caseNumber());
      line.put("service", s.service());
      line.put("serviceLabel", ServiceKind.byCode(s.service()).map(k -> k.label).orElse(s.service()));
      line.put("score", s.score());
      line.put("reason", s.reason());
      line.put("registeredAtDesk", s.registeredAtDesk());
      line.put("serverCertified", s.serverCertified());
      line.put("formReturned", s.formReturned());
      line.put("signatureGenuine", s.signatureGenuine());
      line.put("customerRating", s.customerRating());
      line.put("scoredAt", s.scoredAt().atZone(properties.zone()).toOffsetDateTime().toString());
      return line;
    }).toList());
    body.put("total", scores.stream().mapToInt(MerchantRegister.Score::score).sum());
    body.put("penalties", register.penalties(merchantId, from, to).stream().map(p -> Map.of(
        "formNumber", p.formNumber(), "caseNumber", p.caseNumber(), "reason", p.reason(),
        "note", p.note() == null ? "" : p.note(),
        "recordedAt", p.recordedAt().atZone(properties.zone()).toOffsetDateTime().toString())).toList());
    return body;
  }
}
