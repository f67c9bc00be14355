package com.huifang.engine;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's one clock: the engine's. Everything that asks for "now" (case numbers, deadlines, due dates,
 * the draws of the quality revisits, demo data) asks here, so it agrees with the timers the engine fires, and a
 * test that moves the engine's clock ({@code ClockUtil.setCurrentTime}) moves the whole application with it.
 */
public final class EngineClock {

  private EngineClock() {}

  /** Now, by the engine's clock. */
  public static Date now() {
    return ClockUtil.getCurrentTime();
  }

  /** Now, by the engine's clock, as an instant. */
  public static Instant instant() {
    return now().toInstant();
  }
}
