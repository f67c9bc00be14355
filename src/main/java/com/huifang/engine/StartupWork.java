package com.huifang.engine;

/**
 * One step of the start-up ({@link StartupStep}), done by the package that owns it. Declare it as a bean: implement
 * it, or return {@link #of} from a {@code @Bean} method when one class does several steps.
 */
public interface StartupWork {

  StartupStep step();

  void run() throws Exception;

  static StartupWork of(StartupStep step, Runnable work) {
    return new StartupWork() {
      @Override
      public StartupStep step() {
        return step;
      }

      @Override
      public void run() {
        work.run();
      }

      @Override
      public String toString() {
        return step.name();
      }
    };
  }
}
