package com.huifang.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.HuifangApplication;
import com.huifang.revisit.OwnerRevisit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application twice on the same H2 file database, as a user restarting it would: work
 * survives, the models and forms are deployed together once, and an unchanged restart deploys nothing.
 */
@Tag("own-jvm") // its own application context: see the surefire executions in pom.xml
class DeploymentRestartSpringTest {

  @TempDir Path dataDir;

  private ConfigurableApplicationContext start() {
    String url = "jdbc:h2:file:" + dataDir.resolve("huifang") + ";DB_CLOSE_ON_EXIT=FALSE";
    return new SpringApplicationBuilder(HuifangApplication.class).run(
        "--spring.profiles.active=test", "--spring.datasource.url=" + url,
        "--spring.datasource.username=sa", "--spring.datasource.password=",
        "--server.port=0", "--camunda.bpm.process-engine-name=restarttest", "--huifang.admin.password=" + com.huifang.SpringTestBase.PASSWORD);
  }

  @Test
  @DisplayName("models and forms deploy as one set with stable names; a restart keeps the work and deploys nothing new")
  void restartKeepsWorkAndDeploysNothing() {
    String instanceId;
    String firstDeployment;
    try (var app = start()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      List<Deployment> deployments = engine.getRepositoryService().createDeploymentQuery().list();
      assertThat(deployments).hasSize(1);
      firstDeployment = deployments.get(0).getId();
      List<String> names = engine.getRepositoryService().getDeploymentResources(firstDeployment).stream()
          .map(Resource::getName).toList();
      assertThat(names).contains("processes/owner-revisit.bpmn",
          "forms/owner-revisit-start.form", "forms/owner-revisit-conduct.form",
          "forms/owner-revisit-rectify.form");
      assertThat(names).allMatch(n -> n.startsWith("processes/") || n.startsWith("forms/"));
      instanceId = engine.getRuntimeService().startProcessInstanceByKey(OwnerRevisit.KEY, Variables.createVariables()
          .putValue("ownerName", "王建国").putValue("unit", "1栋101").putValue("revisitSubject", "维修回访")).getId();
    }
    assertThat(Files.exists(dataDir.resolve("huifang.mv.db"))).isTrue();

    try (var app = start()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertThat(engine.getRepositoryService().createDeploymentQuery().list())
          .extracting(Deployment::getId).containsExactly(firstDeployment);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count())
          .isEqualTo(1);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId).count()).isEqualTo(1);
    }
  }
}
