package com.huifang.warranty;

import com.huifang.engine.EngineClock;
import static com.huifang.warranty.Warranty.Vars.*;

import com.huifang.engine.CaseNumberService;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.InvalidInput;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * At completion acceptance (W1): checks the registration, numbers the case {@code BX-yyyyMMdd-NNNN} as its
 * business key, and computes from the handover date the warranty end (W7) and every scheduled revisit
 * (W2–W5). Revisits whose date has passed (a late registration) fall due at once.
 */
@Component("prepareWarrantyListener")
class PrepareWarrantyListener implements ExecutionListener {

  private final CaseNumberService caseNumbers;
  private final HuifangProperties properties;

  PrepareWarrantyListener(CaseNumberService caseNumbers, HuifangProperties properties) {
    this.caseNumbers = caseNumbers;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ZoneId zone = properties.zone();
    LocalDate today = EngineClock.now().atZone(zone).toLocalDate();
    WarrantyRegistration registration = WarrantyRegistration.check(execution.getVariables(), today, zone);
    InvalidInput.throwIfAny(registration.errors());

    String number = caseNumbers.next(Warranty.NUMBER_PREFIX);
    execution.setProcessBusinessKey(number);
    CASE_NUMBER.set(execution, number);
    for (String field : WarrantyRegistration.TEXT_FIELDS) {
      execution.setVariable(field, ((String) execution.getVariable(field)).strip());
    }
    LocalDate handover = registration.handover();
    execution.setVariable(HANDOVER_DATE, Date.from(handover.atStartOfDay(zone).toInstant()));
    HANDOVER_DATE_TEXT.set(execution, handover.toString());
    execution.setVariable(WORK_KINDS, registration.workCodes());
    WORK_KINDS_LABEL.set(execution, registration.workLabels());
    execution.setVariable(WARRANTY_YEARS, registration.years());
    WARRANTY_END.set(execution, WarrantySchedule.warrantyEnd(handover, registration.years(), zone));
    WARRANTY_END_TEXT.set(execution, handover.plusYears(registration.years()).toString());
    // a mutable list: the JSON serializer names its type, and an immutable list's type cannot be read back
    List<ScheduledRevisit> schedule = new ArrayList<>(WarrantySchedule.revisits(handover, registration.years(),
        registration.work(), PROJECT_NAME.get(execution), zone));
    execution.setVariable(REVISIT_SCHEDULE, schedule);
  }
}
