package com.huifang.complaint;

import com.huifang.engine.EngineClock;
import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.engine.HuifangProperties;
import java.time.Instant;
import java.util.Date;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * C2, on reaching the office-hours gateway: whether the complaint came in during office hours (customer
 * service registers it) or outside them (the control center does), and when the next office day starts; in the hours
 * of the case's management office when it has its own (issue 27), else the company's.
 */
@Component("determineShiftListener")
class DetermineShiftListener implements ExecutionListener {

  private final OfficeHours companyHours;
  private final Function<String, OfficeHours> hoursOfOffice;
  private final HuifangProperties properties;

  @Autowired
  DetermineShiftListener(OfficeHours companyHours, OfficeHoursOfOffice offices, HuifangProperties properties) {
    this(companyHours, tenantId -> offices.of(tenantId, companyHours), properties);
  }

  /** With the office hours of each office (tenant id → hours; the company's for a case of no office of its own). */
  DetermineShiftListener(OfficeHours companyHours, Function<String, OfficeHours> hoursOfOffice,
      HuifangProperties properties) {
    this.companyHours = companyHours;
    this.hoursOfOffice = hoursOfOffice;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Instant now = EngineClock.now();
    OfficeHours officeHours = execution.getTenantId() == null ? companyHours : hoursOfOffice.apply(execution.getTenantId());
    RECEIVED_IN_OFFICE_HOURS.set(execution, officeHours.isOpen(now, properties.zone()));
    NEXT_OFFICE_DAY_START.set(execution, Date.from(officeHours.nextOpening(now, properties.zone())));
  }
}
