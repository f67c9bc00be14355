package com.huifang.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one engine plugin that reaches into the engine's model parser: it installs every {@link ModelHook} bean as a
 * built-in listener of the models it names. Built-in listeners are the engine's internal extension point (they
 * run before the model's own and survive "skip custom listeners"); keeping it here leaves the rest of Huifang on
 * the engine's public API. The Camunda starter picks it up like every {@code ProcessEnginePlugin} bean.
 */
@Component
class ModelHooks extends AbstractProcessEnginePlugin {

  private final ObjectProvider<ModelHook> hooks;
  private final BeanFactory beans;

  ModelHooks(ObjectProvider<ModelHook> hooks, BeanFactory beans) {
    this.hooks = hooks;
    this.beans = beans;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<ModelHook> all = hooks.orderedStream().toList();
    if (all.isEmpty()) {
      return;
    }
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        for (ModelHook hook : all) {
          if (hook.on() == ModelHook.On.PROCESS
              && (hook.processKey() == null || hook.processKey().equals(processDefinition.getKey()))) {
            processDefinition.addBuiltInListener(hook.event(), executionListener(hook));
          }
        }
      }

      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          for (ModelHook hook : all) {
            if (hook.on() == ModelHook.On.USER_TASK) {
              userTask.getTaskDefinition().addBuiltInTaskListener(hook.event(), taskListener(hook));
            }
          }
        }
      }
    });
  }

  private ExecutionListener executionListener(ModelHook hook) {
    return (DelegateExecution execution) -> {
      if (!hook.onlyWhenCustomListenersSkipped() || ((ExecutionEntity) execution).isSkipCustomListeners()) {
        beans.getBean(hook.listenerBean(), ExecutionListener.class).notify(execution);
      }
    };
  }

  private TaskListener taskListener(ModelHook hook) {
    return task -> beans.getBean(hook.listenerBean(), TaskListener.class).notify(task);
  }
}
