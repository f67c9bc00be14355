package com.huifang.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huifang.SpringTestBase;
import com.huifang.office.Office;
import com.huifang.office.OfficeRegister;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * C6/C7 "told": with SMTP configured (GreenMail on a free local port), a new task is e-mailed to its assignee
 * or its groups' members, only after the commit, and a mail server that is down fails nothing.
 *
 * <p>Its own application context (spring.mail.host set). Its engine has its own name, so Camunda's static
 * engine registry keeps the shared context's "default" engine for the REST tests in this JVM; the context is
 * closed after the class.
 */
@TestPropertySource(properties = {
    "camunda.bpm.process-engine-name=noticeMailOn",
    "huifang.public-url=https://huifang.test/",
    "huifang.mail.from=huifang@huifang.test"})
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class TaskNoticeMailSpringTest extends SpringTestBase {

  private static final int SMTP_PORT = freePort();
  private static final AtomicInteger GROUPS = new AtomicInteger();
  /** 2026-11-23 18:00 in the office (Asia/Shanghai). */
  private static final Date DUE = Date.from(Instant.parse("2026-11-23T10:00:00Z"));

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeEach
  void deploy() {
    TaskNoticeTestProcess.deploy(engine);
  }

  private String newGroup() {
    String id = "notice-" + GROUPS.incrementAndGet();
    Group group = identity.newGroup(id);
    group.setName("通知测试组" + GROUPS.get());
    identity.saveGroup(group);
    return id;
  }

  private String newUserWithEmail(String... groups) {
    String id = newUser(groups);
    var user = identity.createUserQuery().userId(id).singleResult();
    user.setEmail(id + "@huifang.example");
    identity.saveUser(user);
    return id;
  }

  private static String to(MimeMessage message) throws Exception {
    return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
  }

  private static String body(MimeMessage message) throws Exception {
    return (String) message.getContent();
  }

  /** A user who may start the test process and nothing else (no READ on users). */
  private String starter() {
    String id = newUser();
    var authorizations = engine.getAuthorizationService();
    Authorization definition = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    definition.setUserId(id);
    definition.setResource(Resources.PROCESS_DEFINITION);
    definition.setResourceId(TaskNoticeTestProcess.KEY);
    definition.addPermission(Permissions.READ);
    definition.addPermission(Permissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(definition);
    Authorization instance = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    instance.setUserId(id);
    instance.setResource(Resources.PROCESS_INSTANCE);
    instance.setResourceId("*");
    instance.addPermission(Permissions.CREATE);
    authorizations.saveAuthorization(instance);
    return id;
  }

  @Test
  @DisplayName("issue 27 (3) C6 a group task of one office is not e-mailed to the group's members in another office; "
      + "the general manager, a member of every office, is")
  void otherOfficesMembersAreNotMailed(@Autowired OfficeRegister offices) throws Exception {
    String group = newGroup();
    String office = "notice" + GROUPS.get();
    offices.save(new Office(office, "通知测试管理处" + GROUPS.get(), List.of()));
    String ofDefaultOffice = newUserWithEmail(group);
    String ofOtherOffice = newUserWithEmail(group);
    identity.deleteTenantUserMembership(OfficeRegister.DEFAULT_OFFICE, ofOtherOffice);
    offices.addMember(office, ofOtherOffice);
    String generalManager = newUserWithEmail(group, "general-manager");
    identity.deleteTenantUserMembership(OfficeRegister.DEFAULT_OFFICE, generalManager);

    var variables = TaskNoticeTestProcess.variables(group, null, DUE);
    TaskNoticeTestProcess.start(engine, "TS-20261123-0027", variables);

    assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(m -> {
      try {
        return to(m);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    })).containsExactlyInAnyOrder(ofDefaultOffice + "@huifang.example", generalManager + "@huifang.example");
  }

  @Test
  @DisplayName("C6 C7 a group task is e-mailed once to every member with an e-mail, in Chinese, with the case and the Tasklist link")
  void groupMembersAreMailed() throws Exception {
    String answerers = newGroup();
    String escalation = newGroup();
    String first = newUserWithEmail(answerers);
    String inBoth = newUserWithEmail(answerers, escalation);
    newUser(escalation); // no e-mail: not mailed
    String outsider = newUserWithEmail();
    var variables = TaskNoticeTestProcess.variables(answerers + "," + escalation, null, DUE);
    variables.put("ownerName", "王建国");
    variables.put("unit", "3栋2单元1101");
    variables.put("severityLabel", "一般投诉");

    // started by a staff member who may not read other users: the listener still finds the groups' members
    identity.setAuthenticatedUserId(starter());
    var instance = TaskNoticeTestProcess.start(engine, "TS-20261123-0007", variables);
    identity.clearAuthentication();

    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(Arrays.stream(received).map(m -> {
      try {
        return to(m);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    })).containsExactlyInAnyOrder(first + "@huifang.example", inBoth + "@huifang.example")
        .doesNotContain(outsider + "@huifang.example");
    for (MimeMessage message : received) {
      assertThat(message.getSubject()).isEqualTo("【汇方】待办:督促答复业主 TS-20261123-0007");
      assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("huifang@huifang.test");
      assertThat(body(message)).contains(
          "督促答复业主", "案件编号:TS-20261123-0007", "业主:王建国", "房号:3栋2单元1101", "等级:一般投诉",
          "截止时间:2026-11-23 18:00",
          "https://huifang.test/camunda/app/tasklist/noticeMailOn/#/?task=" + taskId);
    }
  }

  @Test
  @DisplayName("an assigned task is e-mailed to the assignee only; absent case variables are left out")
  void assigneeOnly() throws Exception {
    String group = newGroup();
    newUserWithEmail(group);
    String assignee = newUserWithEmail(group);

    TaskNoticeTestProcess.start(engine, "TS-20261123-0008", TaskNoticeTestProcess.variables(group, assignee, null));

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(to(received[0])).isEqualTo(assignee + "@huifang.example");
    assertThat(received[0].getSubject()).isEqualTo("【汇方】待办:督促答复业主 TS-20261123-0008");
    assertThat(body(received[0])).contains("案件编号:TS-20261123-0008")
        .doesNotContain("业主:", "房号:", "等级:", "截止时间:", "null");
  }

  @Test
  @DisplayName("a start that rolls back after the task was created sends nothing")
  void rollbackSendsNothing() {
    String group = newGroup();
    newUserWithEmail(group);
    var variables = TaskNoticeTestProcess.variables(group, null, DUE);
    variables.put("failAfterCreate", true);

    assertThatThrownBy(() -> TaskNoticeTestProcess.start(engine, "TS-20261123-0009", variables))
        .hasMessageContaining("failAfterCreate");

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("TS-20261123-0009").count())
        .isZero();
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  @DisplayName("a mail server that is down fails nothing: the task is there and a warning is logged")
  void smtpDown(CapturedOutput output) {
    String group = newGroup();
    newUserWithEmail(group);
    SMTP.stop();

    var instance = TaskNoticeTestProcess.start(engine, "TS-20261123-0010", TaskNoticeTestProcess.variables(group, null, DUE));

    var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getName()).isEqualTo(TaskNoticeTestProcess.TASK_NAME);
    assertThat(output.getOut()).contains("Could not e-mail the notice of task " + task.getId());
  }

  @Test
  @DisplayName("the start-up log says that notices are on, once, and to which server")
  void onLoggedOnce(CapturedOutput output) {
    assertThat(output.getOut().split("E-mail notices are on", -1)).hasSize(2);
    assertThat(output.getOut()).contains("through 127.0.0.1:" + SMTP_PORT + " from huifang@huifang.test");
    assertThat(List.of(output.getOut().split("\n"))).noneMatch(line -> line.contains("E-mail notices are off"));
  }

  @Test
  @DisplayName("C6 a missed answer deadline tells the next level up by e-mail as well as by the task in Tasklist")
  void answerDeadlineIsMailedToTheNextLevel() throws Exception {
    String senior = newUserWithEmail("senior-housekeeper");
    var runtime = engine.getRuntimeService();
    var tasks = engine.getTaskService();
    var complaint = runtime.startProcessInstanceByKey("complaint-handling", java.util.Map.of(
        "channel", "hotline", "complaintType", "complaint", "ownerName", "王建国", "unit", "3栋2单元1101",
        "description", "楼道灯坏了三天", "firstContact", "kefu"));
    var classify = tasks.createTaskQuery().processInstanceId(complaint.getId())
        .taskDefinitionKey("UserTask_ClassifyComplaint").singleResult();
    tasks.complete(classify.getId(), java.util.Map.of("severity", "general"));
    assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> recipient(m).equals(senior + "@huifang.example")))
        .isEmpty();

    var deadline = engine.getManagementService().createJobQuery().processInstanceId(complaint.getId())
        .activityId("BoundaryEvent_AnswerDeadline").singleResult();
    engine.getManagementService().executeJob(deadline.getId());

    List<MimeMessage> toSenior = Arrays.stream(SMTP.getReceivedMessages())
        .filter(m -> recipient(m).equals(senior + "@huifang.example")).toList();
    assertThat(toSenior).hasSize(1);
    assertThat(toSenior.get(0).getSubject()).contains("督促答复业主").contains(complaint.getBusinessKey());
    assertThat(body(toSenior.get(0))).contains("王建国").contains("3栋2单元1101");
  }

  private static String recipient(MimeMessage message) {
    try {
      return to(message);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
