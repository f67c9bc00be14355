package com.huifang.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The groups' authorizations. Every staff group uses Tasklist and sees the tasks offered to it (the
 * engine grants a candidate group READ and UPDATE on each of its tasks); it starts only the processes
 * whose {@link ProcessAccess} names it a starter. Managers read everything in Cockpit and change nothing.
 */
@Component
class AuthorizationSetup {

  private final Grants grants;
  private final List<ProcessAccess> processes;

  AuthorizationSetup(Grants grants, List<ProcessAccess> processes) {
    this.grants = grants;
    this.processes = processes;
  }

  void apply() {
    for (StaffGroup group : StaffGroup.values()) {
      grants.grant(group.id(), APPLICATION, "tasklist", ACCESS);
      // names of colleagues and groups shown on tasks
      grants.grant(group.id(), USER, "*", READ);
      grants.grant(group.id(), GROUP, "*", READ);
      if (group.readsEverything()) {
        grantReadEverything(group.id());
      }
    }
    for (ProcessAccess access : processes) {
      for (StaffGroup participant : access.participants()) {
        grants.grant(participant.id(), PROCESS_DEFINITION, access.processKey(), READ);
      }
      for (StaffGroup starter : access.starters()) {
        grants.grant(starter.id(), PROCESS_DEFINITION, access.processKey(), READ, CREATE_INSTANCE);
        grants.grant(starter.id(), PROCESS_INSTANCE, "*", CREATE);
      }
      for (StaffGroup reader : access.caseReaders()) {
        grants.grant(reader.id(), PROCESS_DEFINITION, access.processKey(), READ, READ_INSTANCE, READ_TASK, READ_HISTORY);
      }
    }
  }

  private void grantReadEverything(String groupId) {
    grants.grant(groupId, APPLICATION, "cockpit", ACCESS);
    grants.grant(groupId, PROCESS_DEFINITION, "*", READ, READ_HISTORY, READ_INSTANCE, READ_TASK);
    grants.grant(groupId, PROCESS_INSTANCE, "*", READ);
    grants.grant(groupId, TASK, "*", READ);
    grants.grant(groupId, DECISION_DEFINITION, "*", READ, READ_HISTORY);
    grants.grant(groupId, DECISION_REQUIREMENTS_DEFINITION, "*", READ);
    grants.grant(groupId, DEPLOYMENT, "*", READ);
  }
}
