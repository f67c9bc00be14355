package com.huifang.bench;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** The bare-engine reference processes: plain user tasks and gateways, no delegates, listeners, DMN or forms. */
final class BareModels {

  static final String ONE_TASK = "bench-one-task";

  private BareModels() {
  }

  /** Start, one user task for customer service, end: the bare counterpart of an intake. */
  static BpmnModelInstance oneTask() {
    return Bpmn.createExecutableProcess(ONE_TASK).camundaHistoryTimeToLive(180).startEvent()
        .userTask("UserTask_Bench").camundaCandidateGroups("customer-service").endEvent().done();
  }

  static String xml(BpmnModelInstance model) {
    return Bpmn.convertToString(model);
  }
}
