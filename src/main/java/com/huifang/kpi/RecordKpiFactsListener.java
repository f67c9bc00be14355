package com.huifang.kpi;

import com.huifang.engine.EngineClock;
import com.huifang.kpi.KpiReadModel.RevisitRow;
import com.huifang.revisit.OwnerRevisit;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Writes the KPI read model in the engine's transaction, so a rolled-back completion leaves no row:
 * <ul>
 *   <li>as the {@code end} execution listener of complaint-handling: the ended instance (closed, a handled
 *       suggestion, or ended by hand) with what K1 and K6 count;</li>
 *   <li>as a {@code complete} task listener of 回访业主 in owner-revisit, after {@code recordRevisitListener} has
 *       kept the round's method, signature and satisfaction: the round for K2, K3 and K5.</li>
 * </ul>
 * A row that is there already stays, so running twice writes no double.
 */
@Component("recordKpiFactsListener")
public class RecordKpiFactsListener implements ExecutionListener, TaskListener {

  private final KpiReadModel readModel;
  private final ComplaintKpiFacts complaintFacts;

  RecordKpiFactsListener(KpiReadModel readModel, ComplaintKpiFacts complaintFacts) {
    this.readModel = readModel;
    this.complaintFacts = complaintFacts;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> vars = new HashMap<>();
    for (String name : ComplaintKpiFacts.VARIABLES) {
      vars.put(name, execution.getVariable(name));
    }
    readModel.insert(complaintFacts.of(execution.getProcessInstanceId(), EngineClock.nowAsDate(), vars));
  }

  @Override
  public void notify(DelegateTask task) {
    readModel.insert(new RevisitRow(task.getId(), task.getProcessInstanceId(), EngineClock.nowAsDate(),
        (String) task.getVariableLocal(OwnerRevisit.Vars.ROUND_METHOD.name()),
        Boolean.TRUE.equals(task.getVariableLocal(OwnerRevisit.Vars.ROUND_OWNER_SIGNED.name())),
        (String) task.getVariableLocal(OwnerRevisit.Vars.ROUND_SATISFACTION.name()),
        RevisitLine.ofGroup(OwnerRevisit.Vars.GROUP.get(task)).id()));
  }
}
