package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import java.util.List;
import java.util.Map;
import com.huifang.engine.OfficeDecisions;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * C7: a complaint not closed within 30 days of receipt becomes major. The case takes the major service
 * level from the decision table, its open tasks are offered to the major handler as well, and the chief
 * housekeeper and the general manager are each told through a task.
 */
@Component("upgradeToMajorDelegate")
class UpgradeToMajorDelegate implements JavaDelegate {

  static final String NOTIFIED_GROUPS = "upgradeNotifiedGroups";

  private final OfficeDecisions decisions;

  UpgradeToMajorDelegate(OfficeDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessEngineServices engine = execution.getProcessEngineServices();
    Map<String, Object> level = decisions
        .evaluate(execution, Complaint.SERVICE_LEVEL_DECISION, Variables.putValue("severity", "major"))
        .getSingleResult().getEntryMap();
    String handler = (String) level.get("handlerGroup");
    execution.setVariable(SEVERITY.name(), "major");
    execution.setVariable(SEVERITY_LABEL.name(), Complaint.SEVERITY_LABELS.get("major"));
    execution.setVariable(SERVICE_LEVEL_SEVERITY.name(), "major");
    execution.setVariable(HANDLER_GROUP.name(), handler);
    execution.setVariable(EXTENSION_APPROVER_GROUP.name(), level.get("extensionApproverGroup"));
    execution.setVariable(UPGRADE_GROUP.name(), level.get("upgradeGroup"));
    execution.setVariable(UPGRADED_SEVERITY.name(), level.get("upgradedSeverity"));
    execution.setVariable("upgradedAfter30Days", true);
    var tasks = engine.getTaskService();
    tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).active().list().stream()
        .filter(t -> !Complaint.Elements.ACKNOWLEDGE_UPGRADE.equals(t.getTaskDefinitionKey()))
        .forEach(t -> tasks.addCandidateGroup(t.getId(), handler));
    execution.setVariable(NOTIFIED_GROUPS, List.of("chief-housekeeper", "general-manager"));
  }
}
