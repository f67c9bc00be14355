package com.huifang.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.huifang.SpringTestBase;
import com.huifang.office.OfficeRegister;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

/** Structured logs: every step of a case is logged with its case number, and the log pattern prints it. */
class CaseLogSpringTest extends SpringTestBase {

  @Value("${logging.pattern.correlation}") String correlationPattern;

  @Test
  @DisplayName("a case's start, task created, task completed and end are logged with the case number")
  void caseStepsCarryTheCaseNumber() {
    var deployment = engine.getRepositoryService().createDeployment().addModelInstance("log.bpmn",
        Bpmn.createExecutableProcess("caseLogProbe").camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_Probe").name("回访业主").camundaCandidateGroups("customer-service").endEvent().done())
        .deploy();
    Logger logger = (Logger) LoggerFactory.getLogger(CaseLog.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    String caseNumber = "TS-20261204-" + (System.nanoTime() % 10_000);
    try {
      String user = newUser("customer-service");
      engine.getRuntimeService().startProcessInstanceByKey("caseLogProbe", caseNumber);
      String taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
      identity.setAuthentication(user, List.of("customer-service"), List.of(OfficeRegister.DEFAULT_OFFICE));
      try {
        engine.getTaskService().complete(taskId);
      } finally {
        identity.clearAuthentication();
      }

      List<ILoggingEvent> lines = appender.list.stream()
          .filter(e -> caseNumber.equals(e.getMDCPropertyMap().get(CaseLog.CASE_NUMBER))).toList();
      assertThat(lines).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
          "case started: caseLogProbe (by the engine)",
          "task created: Task_Probe '回访业主' for customer-service",
          "task completed: Task_Probe '回访业主' by " + user,
          "case ended: caseLogProbe");

      PatternLayout layout = new PatternLayout();
      layout.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
      layout.setPattern(correlationPattern + "%m");
      layout.start();
      assertThat(layout.doLayout(lines.get(0))).isEqualTo("[" + caseNumber + "] case started: caseLogProbe (by the engine)");
      var outside = new ch.qos.logback.classic.spi.LoggingEvent("x", logger, ch.qos.logback.classic.Level.INFO,
          "no case here", null, null);
      assertThat(layout.doLayout(outside)).isEqualTo("no case here");
    } finally {
      logger.detachAppender(appender);
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }
}
