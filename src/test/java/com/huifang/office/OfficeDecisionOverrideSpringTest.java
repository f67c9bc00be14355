package com.huifang.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import com.huifang.owner.OwnerRegister;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 27 (5): an office may override a decision table by a tenant-specific deployment (tenant id = the office's
 * id) while the other offices keep the company's shared table (engine/OfficeDecisions).
 */
class OfficeDecisionOverrideSpringTest extends SpringTestBase {

  @Autowired OfficeRegister offices;
  @Autowired OwnerRegister owners;

  private TestOffice b;
  private String run;
  private String officeB;
  private String unitB;
  private Deployment ownTable;

  @BeforeEach
  void officeB() {
    b = TestOffice.create(offices, owners, "d", "翠湖管理处", "翠湖", "2栋202-", "孙丽", "13711113333");
    run = b.run();
    officeB = b.id();
    unitB = b.unit();
  }

  @AfterEach
  void undeploy() {
    if (ownTable != null) {
      engine.getRepositoryService().deleteDeployment(ownTable.getId(), true);
    }
  }

  /** Office B's own service levels: a general complaint is answered within 2 hours instead of the company's 1. */
  private Deployment deployOwnServiceLevels(String answerWithin) throws IOException {
    String shared = Files.readString(Path.of("processes/complaint-service-level.dmn"), StandardCharsets.UTF_8);
    String own = shared.replace("<outputEntry id=\"OutputEntry_General_AnswerWithin\"><text>\"PT1H\"</text>",
        "<outputEntry id=\"OutputEntry_General_AnswerWithin\"><text>\"" + answerWithin + "\"</text>");
    assertThat(own).as("the shared table's general row answers within PT1H").isNotEqualTo(shared);
    return engine.getRepositoryService().createDeployment().name("complaint-service-level " + officeB)
        .tenantId(officeB).addString("complaint-service-level.dmn", own).deploy();
  }

  private String receive(String user, String unit) {
    ResponseEntity<Map> received = postComplaint(user, complaintRequest("孙丽", unit, "13711113333", "楼道灯不亮 " + run));
    assertThat(received.getStatusCode()).as("%s", received.getBody()).isEqualTo(HttpStatus.CREATED);
    return (String) received.getBody().get("processInstanceId");
  }

  /** Confirms the severity 一般 and returns the answer time the service-level table gave the case. */
  private String answerWithinAfterClassifying(String instance) {
    Task classify = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("UserTask_ClassifyComplaint").singleResult();
    assertThat(classify).as("确认投诉等级 of %s", instance).isNotNull();
    engine.getTaskService().complete(classify.getId(), Map.of("severity", "general"));
    return (String) engine.getRuntimeService().getVariable(instance, "answerWithin");
  }

  @Test
  @DisplayName("issue 27 (5): office B's own complaint-service-level applies to B's complaints; office A keeps the "
      + "company's table; withdrawn, B is back on the company's table")
  void officeOverridesServiceLevels() throws IOException {
    String kefuB = b.member(newUserOfNoOffice("customer-service"));
    String kefuA = newUser("customer-service");
    ownTable = deployOwnServiceLevels("PT2H");

    String caseOfB = receive(kefuB, unitB);
    String caseOfA = receive(kefuA, "3栋2单元1101");
    assertThat(answerWithinAfterClassifying(caseOfB)).as("B's own table").isEqualTo("PT2H");
    assertThat(answerWithinAfterClassifying(caseOfA)).as("A keeps the shared table").isEqualTo("PT1H");
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().processInstanceId(caseOfB)
        .decisionDefinitionKey("complaint-service-level").singleResult().getTenantId()).isEqualTo(officeB);

    engine.getRepositoryService().deleteDeployment(ownTable.getId(), true);
    ownTable = null;
    String laterCaseOfB = receive(kefuB, unitB);
    assertThat(answerWithinAfterClassifying(laterCaseOfB)).as("B without a table of its own").isEqualTo("PT1H");
  }
}
