package com.huifang.revisit;

import com.huifang.owner.PhoneNumber;
import com.huifang.engine.EngineClock;
import static com.huifang.revisit.OwnerRevisit.Vars.*;

import com.huifang.engine.CaseNumberService;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.DateInput;
import com.huifang.engine.InvalidInput;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * At the start of a revisit: checks who and what is revisited, and fills the defaults of a revisit
 * started on its own from Tasklist: a case number {@code HF-yyyyMMdd-NNNN} as business key, the
 * customer-service center as the revisiting group, a due date one day ahead, round 1.
 */
@Component("prepareRevisitListener")
class PrepareRevisitListener implements ExecutionListener {

  static final Duration DEFAULT_TIME_TO_REVISIT = Duration.ofDays(1);

  private final CaseNumberService caseNumbers;
  private final HuifangProperties properties;

  PrepareRevisitListener(CaseNumberService caseNumbers, HuifangProperties properties) {
    this.caseNumbers = caseNumbers;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String phone = OWNER_PHONE.get(execution);
    new InvalidInput()
        .require(hasText(OWNER_NAME.get(execution)), OWNER_NAME.name(), "请填写业主姓名")
        .require(hasText(UNIT.get(execution)), UNIT.name(), "请填写房号")
        .require(hasText(SUBJECT.get(execution)), SUBJECT.name(), "请填写回访事项")
        .require(!hasText(phone) || PhoneNumber.isValid(phone), OWNER_PHONE.name(), PhoneNumber.INVALID)
        .throwIfAny();

    String caseNumber = execution.getProcessBusinessKey();
    if (!hasText(caseNumber)) {
      caseNumber = hasText(CASE_NUMBER.get(execution)) ? CASE_NUMBER.get(execution)
          : caseNumbers.next(OwnerRevisit.NUMBER_PREFIX);
      execution.setProcessBusinessKey(caseNumber);
    }
    CASE_NUMBER.set(execution, caseNumber);
    if (!hasText(GROUP.get(execution))) {
      GROUP.set(execution, OwnerRevisit.DEFAULT_GROUP);
    }
    Date now = EngineClock.nowAsDate();
    Date due = DateInput.parse(execution.getVariable(DUE.name()), properties.zone())
        .orElse(Date.from(now.toInstant().plus(DEFAULT_TIME_TO_REVISIT)));
    DUE.set(execution, due);
    CALLER_RECTIFIES.set(execution, Boolean.TRUE.equals(CALLER_RECTIFIES.get(execution)));
    ROUND.set(execution, ROUND.getOrDefault(execution, 1));
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
