package com.huifang.complaint;

import com.huifang.engine.EngineClock;
import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.engine.HuifangProperties;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * C2, on reaching the office-hours gateway: whether the complaint came in during office hours (customer
 * service registers it) or outside them (the control center does), and when the next office day starts.
 */
@Component("determineShiftListener")
class DetermineShiftListener implements ExecutionListener {

  private final OfficeHours officeHours;
  private final HuifangProperties properties;

  DetermineShiftListener(OfficeHours officeHours, HuifangProperties properties) {
    this.officeHours = officeHours;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Instant now = EngineClock.now();
    RECEIVED_IN_OFFICE_HOURS.set(execution, officeHours.isOpen(now, properties.zone()));
    NEXT_OFFICE_DAY_START.set(execution, Date.from(officeHours.nextOpening(now, properties.zone())));
  }
}
