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
}
