package com.huifang.complaint;

import com.huifang.office.Office;
import com.huifang.office.OfficeRegister;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * C2 per management office (issue 27): the office hours of a case's office (its tenant), when the office register
 * gives it hours of its own; otherwise the company's ({@code huifang.office-hours}) apply.
 */
@Component
class OfficeHoursOfOffice {

  private final OfficeRegister offices;

  OfficeHoursOfOffice(OfficeRegister offices) {
    this.offices = offices;
  }

  /** The hours of the office {@code tenantId} (the company's when it has none, or the case has no office). */
  OfficeHours of(String tenantId, OfficeHours company) {
    return Optional.ofNullable(tenantId).flatMap(offices::find).filter(Office::ownHours)
        .map(office -> new OfficeHours(office.opens(), office.closes())).orElse(company);
  }
}
