package com.huifang.complaint;

import com.huifang.engine.EngineClock;
import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.engine.CaseNumberService;
import com.huifang.owner.OwnerRegister;
import com.huifang.engine.InvalidInput;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * At receipt (C1, C12, C14): checks the intake, numbers the case {@code TS-yyyyMMdd-NNNN} as its business
 * key, keeps whoever first received it (首问责任制), and notes whether it will be revisited.
 */
@Component("prepareComplaintListener")
class PrepareComplaintListener implements ExecutionListener {

  private final CaseNumberService caseNumbers;
  private final OwnerRegister owners;

  PrepareComplaintListener(CaseNumberService caseNumbers, OwnerRegister owners) {
    this.caseNumbers = caseNumbers;
    this.owners = owners;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean anonymous = Boolean.TRUE.equals(ANONYMOUS.get(execution));
    InvalidInput.throwIfAny(ComplaintIntakeRules.check(execution.getVariables()));
    fillContactFromRegister(execution, anonymous);

    String number = caseNumbers.next(Complaint.NUMBER_PREFIX);
    execution.setProcessBusinessKey(number);
    CASE_NUMBER.set(execution, number);
    if (!hasText(FIRST_CONTACT.get(execution))) {
      String initiator = (String) execution.getVariable("initiator");
      FIRST_CONTACT.set(execution, initiator);
    }
    Date now = EngineClock.nowAsDate();
    RECEIVED_AT.set(execution, now);
    ANONYMOUS.set(execution, anonymous);
    REPLY_LETTER_ONLY.set(execution, Boolean.TRUE.equals(REPLY_LETTER_ONLY.get(execution)));
    // C11, C12: every complaint is revisited, except anonymous ones and those that only ask for a reply letter
    REVISITABLE.set(execution, !anonymous && !REPLY_LETTER_ONLY.get(execution));
    OWNER_ANSWERED.set(execution, false);
    NON_CONFORMITY.set(execution, false);
    REVISIT_COUNT.set(execution, 0);
    if (execution.getVariable(ECONOMIC_LOSS) == null) {
      execution.setVariable(ECONOMIC_LOSS, 0L);
    }
  }

  /** The owner register knows the phone (and name) of a unit's owner; never for an anonymous complaint. */
  private void fillContactFromRegister(DelegateExecution execution, boolean anonymous) {
    if (anonymous || hasText(OWNER_PHONE.get(execution)) || !hasText(UNIT.get(execution))) {
      return;
    }
    owners.findByUnit(UNIT.get(execution)).ifPresent(owner -> {
      OWNER_PHONE.set(execution, owner.phone());
      if (!hasText(OWNER_NAME.get(execution))) {
        OWNER_NAME.set(execution, owner.ownerName());
      }
    });
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
