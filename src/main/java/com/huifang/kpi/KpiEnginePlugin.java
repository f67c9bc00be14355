package com.huifang.kpi;

import com.huifang.complaint.Complaint;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps the KPI read model complete when a complaint ends without its model's listeners: Cockpit's cancel (and
 * the REST API's delete or modification) may skip custom listeners, which would leave the ended case out of K1
 * and K6. Every complaint-handling definition gets a built-in {@code end} listener, which the engine runs even
 * then; it calls {@code recordKpiFactsListener} only when custom listeners were skipped, since otherwise the
 * model's own {@code end} listener has written the row.
 */
@Component
class KpiEnginePlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<RecordKpiFactsListener> listener;

  // looked up when a case ends: the listener needs the engine's services, which need this plugin first
  KpiEnginePlugin(ObjectProvider<RecordKpiFactsListener> listener) {
    this.listener = listener;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parseListeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        if (Complaint.KEY.equals(processDefinition.getKey())) {
          processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> {
            if (((ExecutionEntity) execution).isSkipCustomListeners()) {
              listener.getObject().notify(execution);
            }
          });
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(parseListeners);
  }
}
