package com.huifang.engine;

/**
 * A listener the engine adds to deployed models itself, where no model names it: it runs before the model's own
 * listeners, and even when a case is cancelled in Cockpit with custom listeners skipped. Declared as a bean by the
 * package that owns the listener; the listener is named by its bean name, as a model names it
 * ({@code ${caseLog}}), and looked up when it first runs, so it may use the engine's services.
 *
 * @param on            where the listener goes
 * @param processKey    for {@link On#PROCESS}: only definitions with this key; null for every process
 * @param event         the listener's event ({@code start}, {@code end}, {@code create}, {@code complete})
 * @param listenerBean  the bean: an {@code ExecutionListener} on a process, a {@code TaskListener} on a user task
 * @param onlyWhenCustomListenersSkipped run only when the engine skips the model's own listeners (a case cancelled
 *                      by hand), for a listener the model also names
 */
public record ModelHook(On on, String processKey, String event, String listenerBean,
    boolean onlyWhenCustomListenersSkipped) {

  public enum On { PROCESS, USER_TASK }

  /** On every process definition (or those with {@code processKey}, if not null). */
  public static ModelHook onProcess(String processKey, String event, String listenerBean) {
    return new ModelHook(On.PROCESS, processKey, event, listenerBean, false);
  }

  /** On every user task of every process. */
  public static ModelHook onEveryUserTask(String event, String listenerBean) {
    return new ModelHook(On.USER_TASK, null, event, listenerBean, false);
  }

  /** The same hook, run only when the model's own listeners are skipped. */
  public ModelHook whenCustomListenersSkipped() {
    return new ModelHook(on, processKey, event, listenerBean, true);
  }
}
