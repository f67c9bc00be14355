package com.huifang.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The engine command a listener runs in: work deferred until its transaction has committed, and look-ups made as
 * the engine rather than as the user whose request is being processed.
 */
public final class EngineCommand {

  private EngineCommand() {}

  /** Runs {@code work} after the current engine transaction commits (never if it rolls back); at once outside one. */
  public static void afterCommit(Runnable work) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      work.run();
    } else {
      commandContext.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> work.run());
    }
  }

  /** Runs {@code work} inside the current engine command without authorization checks, or as is outside one. */
  public static <T> T withoutAuthorizationChecks(Supplier<T> work) {
    CommandContext commandContext = Context.getCommandContext();
    return commandContext == null ? work.get() : commandContext.runWithoutAuthorization(work::get);
  }
}
