package com.huifang.errand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The errand model read as a graph: no path closes an errand unsettled (its ids: ModelConstantsTest). */
class ErrandModelTest {

  static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(new File("processes/owner-errand.bpmn"));

  @Test
  @DisplayName("E7 E9 every path from the request to the process's end passes the settlement, then the owner's opinion and the archive; the only other end is the escalation's, behind a non-interrupting timer")
  void noPathEndsUnsettled() {
    List<List<String>> paths = new ArrayList<>();
    walk(MODEL.getModelElementById(Errand.Elements.START), new ArrayList<>(), paths);

    assertThat(paths).hasSizeGreaterThanOrEqualTo(8); // 2 types × birthday or not × 2 routes, plus escalations
    for (List<String> path : paths) {
      String end = path.get(path.size() - 1);
      if (end.equals(Errand.Elements.COMPLETED)) {
        assertThat(path).as(String.join(" → ", path)).containsSubsequence(Errand.Elements.SETTLE,
            Errand.Elements.OWNER_OPINION, Errand.Elements.ARCHIVE, Errand.Elements.COMPLETED);
      } else {
        assertThat(end).as(String.join(" → ", path)).isEqualTo(Errand.Elements.DELIVERY_URGED);
        BoundaryEvent late = MODEL.getModelElementById(Errand.Elements.DELIVERY_LATE);
        assertThat(path).contains(Errand.Elements.DELIVERY_LATE);
        assertThat(late.cancelActivity()).as("the escalation must not end the delivery").isFalse();
      }
    }
    assertThat(paths).extracting(p -> p.get(p.size() - 1)).contains(Errand.Elements.COMPLETED, Errand.Elements.DELIVERY_URGED);
  }

  /** Depth-first over the process level: a sub-process is a step (its inside is covered by the process tests). */
  private static void walk(FlowNode node, List<String> path, List<List<String>> paths) {
    if (path.contains(node.getId())) {
      return; // no loop in this model; guard anyway
    }
    List<String> here = new ArrayList<>(path);
    here.add(node.getId());
    if (node instanceof EndEvent) {
      paths.add(here);
      return;
    }
    List<FlowNode> next = new ArrayList<>();
    for (SequenceFlow flow : node.getOutgoing()) {
      next.add(flow.getTarget());
    }
    if (node instanceof Activity activity) {
      for (BoundaryEvent boundary : MODEL.getModelElementsByType(BoundaryEvent.class)) {
        if (boundary.getAttachedTo() == activity) {
          next.add(boundary);
        }
      }
    }
    assertThat(next).as("dead end at " + node.getId()).isNotEmpty();
    assertThat(node instanceof SubProcess || node.getParentElement() instanceof Process)
        .as(node.getId() + " is at the process level").isTrue();
    next.forEach(n -> walk(n, here, paths));
  }
}
