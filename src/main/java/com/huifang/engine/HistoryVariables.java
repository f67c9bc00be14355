package com.huifang.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstanceQuery;

/** Reads the last values of named variables of many process instances or tasks from history, in batches. */
public final class HistoryVariables {

  private static final int BATCH = 500;

  private HistoryVariables() {}

  /** Process-level variables (not local ones of an activity) per process instance id. */
  public static Map<String, Map<String, Object>> ofProcesses(HistoryService history, Collection<String> ids, String... names) {
    Map<String, Map<String, Object>> values = new HashMap<>();
    for (List<String> batch : batches(ids)) {
      for (HistoricVariableInstance v : query(history, names).processInstanceIdIn(batch.toArray(String[]::new)).list()) {
        if (v.getActivityInstanceId() == null || v.getActivityInstanceId().equals(v.getProcessInstanceId())) {
          values.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).put(v.getName(), v.getValue());
        }
      }
    }
    return values;
  }

  /** Task-local variables per task id, those of completed tasks included. */
  public static Map<String, Map<String, Object>> ofTasks(HistoryService history, Collection<String> ids, String... names) {
    Map<String, Map<String, Object>> values = new HashMap<>();
    for (List<String> batch : batches(ids)) {
      for (HistoricVariableInstance v : query(history, names).taskIdIn(batch.toArray(String[]::new))
          .includeDeleted().list()) {
        values.computeIfAbsent(v.getTaskId(), id -> new HashMap<>()).put(v.getName(), v.getValue());
      }
    }
    return values;
  }

  /**
   * Runs {@code read} without the caller's per-case authorizations: the registers and figures are the
   * company's, and the caller's group is checked by the controller.
   */
  public static <T> T asCompany(IdentityService identity, Supplier<T> read) {
    return EngineUsers.withoutAuthorization(identity, read);
  }

  private static HistoricVariableInstanceQuery query(HistoryService history, String... names) {
    return history.createHistoricVariableInstanceQuery().variableNameIn(names).disableCustomObjectDeserialization();
  }

  private static List<List<String>> batches(Collection<String> ids) {
    List<String> all = List.copyOf(ids);
    List<List<String>> batches = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      batches.add(all.subList(i, Math.min(all.size(), i + BATCH)));
    }
    return batches;
  }
}
