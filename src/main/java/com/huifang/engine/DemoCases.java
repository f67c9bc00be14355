package com.huifang.engine;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;

/**
 * Demo mode's cases: each feature opens its own at start, once per database, marked with
 * {@link HuifangProperties.Demo#MARKER} so that other work in the same database does not count.
 */
@Component
public class DemoCases {

  private final HistoryService history;
  private final HuifangProperties properties;

  DemoCases(HistoryService history, HuifangProperties properties) {
    this.history = history;
    this.properties = properties;
  }

  /** Whether demo mode is on and no demo case of this process has been opened in this database yet. */
  public boolean toOpen(String processKey) {
    return properties.demo().enabled() && history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey).variableValueEquals(HuifangProperties.Demo.MARKER, true).count() == 0;
  }
}
