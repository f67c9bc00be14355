package com.huifang.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import com.huifang.identity.StaffGroup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Without spring.mail.host there is no mail sender: the start-up log says so once, and tasks are created as
 * before.
 *
 * <p>Its own application context, only so that its start-up log is captured (a context cached by an earlier
 * class would have logged before the capture). Its engine has its own name, so Camunda's static engine
 * registry keeps the shared context's "default" engine; the context is closed after the class.
 */
@TestPropertySource(properties = "camunda.bpm.process-engine-name=noticeMailOff")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class TaskNoticeOffSpringTest extends SpringTestBase {

  @Autowired TaskNoticeListener listener;
  @Autowired org.springframework.beans.factory.ObjectProvider<JavaMailSender> mailSender;

  @Test
  @DisplayName("without spring.mail.host notices are off: logged once at start, and a task is created without mail")
  void offLoggedOnceAndTasksWork(CapturedOutput output) {
    assertThat(output.getOut().split("E-mail notices are off: set spring.mail.host", -1)).hasSize(2);
    assertThat(output.getOut()).doesNotContain("E-mail notices are on");
    assertThat(mailSender.getIfAvailable()).isNull();
    assertThat(listener.isOn()).isFalse();

    TaskNoticeTestProcess.deploy(engine);
    String member = newUser(StaffGroup.CUSTOMER_SERVICE.id());
    var instance = TaskNoticeTestProcess.start(engine, "TS-20261123-0011",
        TaskNoticeTestProcess.variables(StaffGroup.CUSTOMER_SERVICE.id(), null, null));

    var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getName()).isEqualTo(TaskNoticeTestProcess.TASK_NAME);
    assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser(member).taskId(task.getId()).count()).isEqualTo(1);
  }
}
