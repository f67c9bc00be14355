package com.huifang.engine;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The application's one clock: the engine's, so that tests which move the engine's clock move everything. */
public final class EngineClock {

  private EngineClock() {
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static Date nowAsDate() {
    return ClockUtil.getCurrentTime();
  }

  /**
   * Sets the engine's clock to {@code when}: demo mode writes its past months' history through the real processes
   * this way, before the job executor runs. {@link #resume} afterwards.
   */
  public static void setTo(Instant when) {
    ClockUtil.setCurrentTime(Date.from(when));
  }

  /** The engine's clock runs with the system's again. */
  public static void resume() {
    ClockUtil.reset();
  }
}
