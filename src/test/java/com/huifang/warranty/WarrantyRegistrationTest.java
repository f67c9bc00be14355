package com.huifang.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** W1 registration rules, with the values as Tasklist's Camunda Form sends them. */
class WarrantyRegistrationTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static Map<String, Object> form() {
    Map<String, Object> input = new HashMap<>();
    input.put("projectName", "3栋2单元1101 室内装饰工程");
    input.put("ownerName", "王建国");
    input.put("unit", "3栋2单元1101");
    input.put("ownerPhone", "0755-26881234");
    input.put("handoverDate", "2026-11-20");               // datetime field, subtype date
    input.put("warrantyYears", 3.0);                       // number field
    input.put("workKinds", Spin.JSON("[\"wood\",\"tile\"]")); // checklist: a JSON value
    return input;
  }

  @Test
  @DisplayName("W1 the start form's checklist (JSON), date and number are read; the work is kept in a fixed order")
  void readsTasklistValues() {
    WarrantyRegistration registration = WarrantyRegistration.check(form(), TODAY, ZONE);
    assertThat(registration.errors()).isEmpty();
    assertThat(registration.handover()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(registration.years()).isEqualTo(3);
    assertThat(registration.workCodes()).isEqualTo("tile,wood");
    assertThat(registration.workLabels()).isEqualTo("墙地砖、木作");
  }

  @Test
  @DisplayName("W1 the warranty period defaults to 2 years; a fractional or unreadable period is refused")
  void years() {
    Map<String, Object> input = form();
    input.remove("warrantyYears");
    assertThat(WarrantyRegistration.check(input, TODAY, ZONE).years()).isEqualTo(Warranty.DEFAULT_YEARS);
    input.put("warrantyYears", 1.5);
    assertThat(WarrantyRegistration.check(input, TODAY, ZONE).errors()).containsKey("warrantyYears");
    input.put("warrantyYears", "zwei");
    assertThat(WarrantyRegistration.check(input, TODAY, ZONE).errors()).containsKey("warrantyYears");
    input.put("handoverDate", "20.11.2026");
    assertThat(WarrantyRegistration.check(input, TODAY, ZONE).errors())
        .containsEntry("handoverDate", "竣工交付日期格式不正确,应为 yyyy-MM-dd");
  }
}
