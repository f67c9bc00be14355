package com.huifang.complaint;

import com.huifang.engine.HuifangProperties;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Registers complaint handling's office-hours listener ({@code ${determineShiftListener}}, C2) with a plain test
 * engine's Mocks, for the other processes that share it (property repair): the company's default hours, 08:30–17:30.
 */
public final class ShiftBeansForTests {

  private ShiftBeansForTests() {}

  public static void register(HuifangProperties properties) {
    OfficeHours hours = OfficeHours.defaults();
    Mocks.register("determineShiftListener", new DetermineShiftListener(hours, tenant -> hours, properties));
  }
}
