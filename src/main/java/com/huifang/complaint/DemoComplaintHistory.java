package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Elements.*;
import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.engine.DemoCases;
import com.huifang.engine.DemoStory;
import com.huifang.engine.EngineClock;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.StartupStep;
import com.huifang.engine.StartupWork;
import com.huifang.revisit.OwnerRevisit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the past 12 months' complaints, received, answered, resolved, revisited and closed through the real
 * process with the engine's clock set back to each step's time, so the KPI dashboard's trends (K1–K3, K5, K6) show a
 * point in every month on first start. Each past month has two to four complaints of the demo owners of both projects
 * of the demo register (翠湖花园, 锦绣华庭), some answered or resolved late, some revisited twice; the current month one,
 * closed shortly before start. The cases are marked {@link HuifangProperties.Demo#HISTORY_MARKER} (not the demo case
 * marker: no queue counts them), written once per database, never without demo mode. The KPI read model is written by
 * the process's own listeners at each close and round.
 */
@Component
class DemoComplaintHistory implements StartupWork {

  static final int MONTHS = 12;
  private static final Logger LOG = LoggerFactory.getLogger(DemoComplaintHistory.class);

  /** A demo owner of the register (demo/owners.csv) and what they complained about. */
  private record Owner(String name, String unit, String phone, String description) {}

  private static final Owner WANG = new Owner("王建国", "3栋2单元1101", "13800138000", "地下车库照明灯坏了一排,晚上很暗");
  private static final Owner LI = new Owner("李娜", "6栋1203", "15013572468", "楼道垃圾清运不及时,有异味");
  private static final Owner LIU = new Owner("刘芳", "1栋302", "0755-26881234", "电梯困人二十分钟,维保人员迟迟未到");
  private static final Owner ZHOU = new Owner("周杰", "12栋3单元904", "17722334455", "小区绿化带浇水把车淋湿了");

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final DemoCases demoCases;
  private final HuifangProperties properties;
  /** The story being told while {@link #run} runs: the engine's clock at each step's time. */
  private DemoStory story;

  DemoComplaintHistory(RuntimeService runtime, TaskService tasks, DemoCases demoCases, HuifangProperties properties) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.demoCases = demoCases;
    this.properties = properties;
  }

  @Override
  public StartupStep step() {
    return StartupStep.DEMO_COMPLAINT_HISTORY;
  }

  @Override
  public void run() {
    if (!demoCases.historyToWrite(Complaint.KEY)) {
      return;
    }
    Instant now = EngineClock.now();
    YearMonth thisMonth = YearMonth.from(now.atZone(properties.zone()));
    int cases = 0;
    try (DemoStory told = new DemoStory(tasks, properties.zone())) {
      story = told;
      for (int back = MONTHS - 1; back >= 1; back--) {
        cases += pastMonth(thisMonth.minusMonths(back), back);
      }
      // this month: one complaint worked within two hours, closed shortly before start
      Instant received = now.minus(Duration.ofHours(2));
      story.set(received);
      if (!received.isBefore(thisMonth.atDay(1).atStartOfDay(properties.zone()).toInstant())) {
        inTime(WANG, "onSite", true, "satisfied");
        cases++;
      }
    } finally {
      story = null;
    }
    LOG.info("Demo mode: {} closed complaints of the past {} months, with their revisits", cases, MONTHS);
  }

  /** The complaints of one past month, varied by how many months back it is; how many there were. */
  private int pastMonth(YearMonth month, int back) {
    int cases = 0;
    // a general complaint answered and resolved in time, revisited on site with the signature, or by phone
    at(month.atDay(3), Duration.ZERO);
    if (back % 3 == 0) {
      inTime(WANG, "phone", false, "verySatisfied");
    } else {
      inTime(WANG, "onSite", true, "satisfied");
    }
    cases++;

    // a general complaint answered late every other month, resolved late every fourth; revisited by phone, and where
    // the owner was not satisfied, rectified and revisited again on site
    at(month.atDay(10), Duration.ZERO);
    ProcessInstance garbage = receiveAndClassify(LI, "general");
    after(back % 2 == 0 ? Duration.ofHours(2) : Duration.ofMinutes(20));
    complete(garbage, ANSWER_OWNER, "guanjia", Map.of("answerContent", "已安排保洁部当天清运并消毒"));
    complete(garbage, DISPATCH, "guanjia", Map.of());
    after(back % 4 == 0 ? Duration.ofDays(3) : Duration.ofHours(3));
    complete(garbage, RESOLVE, "guanjia", resolution("已清运并增加清运班次"));
    reportAndRevisit(garbage, "phone", false, back % 4 == 1 ? "dissatisfied" : "satisfied");
    if (back % 4 == 1) {
      after(Duration.ofHours(4));
      complete(garbage, RECTIFY, "guanjia", Map.of("rectification", "调整清运时间为每日两次"));
      revisit(garbage, "onSite", true, "satisfied");
    }
    closingNotice(garbage);
    cases++;

    // every third month an important complaint: the chief housekeeper told at once, revisited on site where the
    // owner declined to sign, and the corrective-action report written
    if (back % 3 == 0) {
      at(month.atDay(17), Duration.ZERO);
      ProcessInstance lift = receiveAndClassify(LIU, "important");
      after(Duration.ofMinutes(10));
      complete(lift, INFORM_AT_ONCE, "daguanjia", Map.of("acknowledgement", "已知悉,督促维保单位"));
      answerAndResolve(lift, "已解救业主并检修电梯");
      reportAndRevisit(lift, "onSite", false, "fairlySatisfied");
      after(Duration.ofHours(2));
      complete(lift, CORRECTIVE_ACTION, "daguanjia", Map.of("correctiveActionReport", "约谈维保单位,缩短到场时限",
          "preventiveMeasures", "每月检查维保记录"));
      closingNotice(lift);
      cases++;
    }

    // every other month a general complaint of 锦绣华庭 answered by letter
    if (back % 2 == 1) {
      at(month.atDay(21), Duration.ZERO);
      ProcessInstance garden = receiveAndClassify(ZHOU, "general");
      answerAndResolve(garden, "调整浇水时间,避开停车时段");
      reportAndRevisit(garden, "letter", false, "satisfied");
      closingNotice(garden);
      cases++;
    }
    return cases;
  }

  /** A general complaint answered and resolved in time, revisited once, closed. */
  private void inTime(Owner owner, String method, boolean signed, String satisfaction) {
    ProcessInstance pi = receiveAndClassify(owner, "general");
    answerAndResolve(pi, "已修复");
    reportAndRevisit(pi, method, signed, satisfaction);
    closingNotice(pi);
  }

  private ProcessInstance receiveAndClassify(Owner owner, String severity) {
    ProcessInstance pi = runtime.startProcessInstanceByKey(Complaint.KEY, Variables.createVariables()
        .putValue(CHANNEL.name(), "hotline").putValue(COMPLAINT_TYPE.name(), "complaint")
        .putValue(OWNER_NAME.name(), owner.name()).putValue(UNIT.name(), owner.unit())
        .putValue(OWNER_PHONE.name(), owner.phone()).putValue(DESCRIPTION.name(), owner.description())
        .putValue(FIRST_CONTACT.name(), "kefu").putValue(HuifangProperties.Demo.HISTORY_MARKER, true));
    after(Duration.ofMinutes(5));
    if (story.waitsAt(pi.getId(), NIGHT_SHIFT)) {
      // received outside office hours (C2: the story's last case is placed relative to now, which may be at night)
      complete(pi, NIGHT_SHIFT, "jiankong", Map.of(URGENT.name(), false, OWNER_CONSENTS_TO_DEFER.name(), false,
          NIGHT_DISPOSAL.name(), "夜间已登记,次日交客户服务中心处理"));
    }
    complete(pi, CLASSIFY, "guanjia", Map.of(SEVERITY.name(), severity, OVERRIDE_REASON.name(), "按业主反映情况确认"));
    return pi;
  }

  private void answerAndResolve(ProcessInstance pi, String resolution) {
    after(Duration.ofMinutes(15));
    complete(pi, ANSWER_OWNER, "guanjia", Map.of("answerContent", "已安排相关部门处理"));
    complete(pi, DISPATCH, "guanjia", Map.of());
    after(Duration.ofMinutes(40));
    complete(pi, RESOLVE, "guanjia", resolution(resolution));
  }

  private void reportAndRevisit(ProcessInstance pi, String method, boolean signed, String satisfaction) {
    after(Duration.ofMinutes(10));
    complete(pi, REPORT_RESULT, "kefu", Map.of(LOG_CAUSE_ANALYSIS.name(), "设施老化", LOG_CORRECTIVE_ACTION.name(), "维修并加入巡查",
        LOG_ACTION_RESULT.name(), "已修复"));
    complete(pi, RECEIVE_RESULT, "jingli", Map.of());
    revisit(pi, method, signed, satisfaction);
  }

  /** 回访业主 in the owner revisit the complaint called (R1, R2, R7). */
  private void revisit(ProcessInstance complaint, String method, boolean signed, String satisfaction) {
    after(Duration.ofMinutes(20));
    ProcessInstance revisit = runtime.createProcessInstanceQuery().superProcessInstanceId(complaint.getId())
        .singleResult();
    VariableMap vars = Variables.createVariables().putValue("revisitMethod", method)
        .putValue("satisfaction", satisfaction).putValue("fixEffect", "已处理").putValue("ownerSigned", signed);
    if ("onSite".equals(method) && !signed) {
      vars.putValue("ownerAttitude", "业主口头认可,拒绝签名");
    }
    complete(revisit, OwnerRevisit.Elements.CONDUCT_REVISIT, "kefu", vars);
  }

  private void closingNotice(ProcessInstance pi) {
    after(Duration.ofMinutes(10));
    complete(pi, INFORM_FIRST_CONTACT, "kefu", Map.of());
  }

  private static Map<String, Object> resolution(String text) {
    return Map.of(RESOLUTION.name(), text, ECONOMIC_LOSS, 0L, "causeCategory", "company");
  }

  private void at(LocalDate day, Duration after10am) {
    story.at(day, LocalTime.of(10, 0));
    story.after(after10am);
  }

  private void after(Duration duration) {
    story.after(duration);
  }

  private void complete(ProcessInstance pi, String activityId, String user, Map<String, Object> variables) {
    story.complete(pi.getId(), activityId, user, variables);
  }
}
