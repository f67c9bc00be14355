package com.huifang.warranty;

import com.huifang.engine.EngineClock;
import static com.huifang.warranty.Warranty.Vars.*;

import com.huifang.engine.InvalidInput;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When a repair is requested (W6): the fault must be described; a technician is due within 2 days of the
 * request. The case number stays the business key. Whether the repair falls in the warranty is the
 * caller's to say ({@code inWarranty}); without it the after-warranty rule applies.
 */
@Component("prepareRepairListener")
class PrepareRepairListener implements ExecutionListener {

  /** W6: a technician is dispatched within 2 days. */
  static final Duration DISPATCH_WITHIN = Duration.ofDays(2);

  @Override
  public void notify(DelegateExecution execution) {
    String fault = FAULT_DESCRIPTION.get(execution);
    new InvalidInput().require(fault != null && !fault.isBlank(), FAULT_DESCRIPTION.name(), "请填写报修内容").throwIfAny();
    Date now = EngineClock.nowAsDate();
    REQUESTED_AT.set(execution, now);
    DISPATCH_DUE.set(execution, Date.from(now.toInstant().plus(DISPATCH_WITHIN)));
    IN_WARRANTY.set(execution, Boolean.TRUE.equals(IN_WARRANTY.get(execution)));
    CASE_NUMBER.set(execution, execution.getProcessBusinessKey());
    REPAIR_VISITS.set(execution, 0);
    REVISIT_COUNT.set(execution, 0);
  }
}
