package com.huifang.repair;

import static com.huifang.repair.Repair.Vars.*;

import com.huifang.engine.DemoCases;
import com.huifang.engine.DemoStory;
import com.huifang.engine.EngineClock;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.StartupStep;
import com.huifang.engine.StartupWork;
import com.huifang.revisit.OwnerRevisit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo mode only (issue 21): the past 12 months' repair requests, received, attended, fixed, checked and revisited
 * through the real process with the engine's clock set back to each step's time, so the dashboard's repair rows (K6 on
 * site in time per urgency, K7 repair revisit rate) and the monthly spot check's population (K4) have something in
 * every month on first start. Each past month: an urgent burst pipe (on site late every third month), an ordinary
 * stairwell light (the owner not satisfied every fourth month: back to engineering and revisited again), and every
 * other month a chargeable door repair with the price agreed first; this month one, closed shortly before start. The
 * cases carry {@link HuifangProperties.Demo#HISTORY_MARKER} (no queue counts them), written once per database, never
 * without demo mode.
 */
@Component
class DemoRepairHistory implements StartupWork {

  static final int MONTHS = 12;
  private static final Logger LOG = LoggerFactory.getLogger(DemoRepairHistory.class);

  /** A demo owner of the register (demo/owners.csv). */
  private record Owner(String name, String unit, String phone) {}

  private static final Owner WANG = new Owner("王建国", "3栋2单元1101", "13800138000");
  private static final Owner LI = new Owner("李娜", "6栋1203", "15013572468");
  private static final Owner ZHOU = new Owner("周杰", "12栋3单元904", "17722334455");

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final DemoCases demoCases;
  private final HuifangProperties properties;

  DemoRepairHistory(RuntimeService runtime, TaskService tasks, DemoCases demoCases, HuifangProperties properties) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.demoCases = demoCases;
    this.properties = properties;
  }

  @Override
  public StartupStep step() {
    return StartupStep.DEMO_REPAIR_HISTORY;
  }

  @Override
  public void run() {
    if (!demoCases.historyToWrite(Repair.KEY)) {
      return;
    }
    Instant now = EngineClock.now();
    YearMonth thisMonth = YearMonth.from(now.atZone(properties.zone()));
    int cases = 0;
    try (DemoStory story = new DemoStory(tasks, properties.zone())) {
      for (int back = MONTHS - 1; back >= 1; back--) {
        cases += pastMonth(story, thisMonth.minusMonths(back), back);
      }
      // this month: an ordinary repair attended and fixed within three hours, closed shortly before start
      Instant received = now.minus(Duration.ofHours(3));
      if (!received.isBefore(thisMonth.atDay(1).atStartOfDay(properties.zone()).toInstant())) {
        story.set(received);
        ProcessInstance light = receive(story, ZHOU, "public", "facility", "ordinary", "12栋3单元电梯厅灯闪烁");
        attend(story, light, Duration.ofHours(1), Map.of());
        fix(story, light, "更换灯管及镇流器", "灯管 2 支、镇流器 1 个");
        checkAndRevisit(story, light, "phone", false, "satisfied");
        cases++;
      }
    }
    LOG.info("Demo mode: {} closed repair requests of the past {} months, with their revisits", cases, MONTHS);
  }

  /** The repairs of one past month, varied by how many months back it is; how many there were. */
  private int pastMonth(DemoStory story, YearMonth month, int back) {
    int cases = 0;
    // an urgent burst pipe: on site within 30 minutes, except every third month (50 minutes: late, K6)
    story.at(month.atDay(4), LocalTime.of(10, 0));
    ProcessInstance pipe = receive(story, WANG, "indoor", "water", "urgent", "厨房进水管爆裂,水漫地面");
    attend(story, pipe, back % 3 == 0 ? Duration.ofMinutes(50) : Duration.ofMinutes(20), Map.of());
    fix(story, pipe, "关闭总阀,更换进水管", "PPR 管 2 米、管件 4 个");
    checkAndRevisit(story, pipe, back % 2 == 0 ? "onSite" : "phone", back % 2 == 0, "verySatisfied");
    cases++;

    // an ordinary stairwell light: every fourth month the owner is not satisfied, the same order goes back to
    // engineering, and the owner is revisited again on site (P4, R5)
    story.at(month.atDay(12), LocalTime.of(9, 30));
    ProcessInstance light = receive(story, LI, "public", "facility", "ordinary", "6栋楼道3楼声控灯不亮");
    attend(story, light, Duration.ofHours(5), Map.of());
    fix(story, light, "更换声控开关", "声控开关 1 个");
    boolean dissatisfied = back % 4 == 1;
    checkAndRevisit(story, light, "phone", false, dissatisfied ? "dissatisfied" : "satisfied");
    if (dissatisfied) {
      story.after(Duration.ofHours(6));
      fix(story, light, "整层更换声控灯,调整灵敏度", "声控灯 3 个");
      checkAndRevisit(story, light, "onSite", true, "satisfied");
    }
    cases++;

    // every other month a chargeable door repair inside the home, the price agreed with the owner first (P3)
    if (back % 2 == 1) {
      story.at(month.atDay(20), LocalTime.of(14, 0));
      ProcessInstance door = receive(story, ZHOU, "indoor", "doorWindow", "ordinary", "入户门闭门器失灵");
      attend(story, door, Duration.ofHours(20), Map.of(CHARGEABLE.name(), true, AGREED_PRICE.name(), "80.00",
          PRICE_AGREED_WITH_OWNER.name(), true));
      fix(story, door, "更换闭门器", "闭门器 1 个");
      checkAndRevisit(story, door, "phone", false, "satisfied");
      cases++;
    }
    return cases;
  }

  private ProcessInstance receive(DemoStory story, Owner owner, String place, String kind, String urgency,
      String description) {
    ProcessInstance pi = runtime.startProcessInstanceByKey(Repair.KEY, Variables.createVariables()
        .putValue(CHANNEL.name(), "hotline").putValue(OWNER_NAME.name(), owner.name())
        .putValue(UNIT.name(), owner.unit()).putValue(OWNER_PHONE.name(), owner.phone()).putValue(PLACE.name(), place)
        .putValue(FAULT_KIND.name(), kind).putValue(URGENCY.name(), urgency).putValue(DESCRIPTION.name(), description)
        .putValue("initiator", "kefu").putValue(HuifangProperties.Demo.HISTORY_MARKER, true));
    if (story.waitsAt(pi.getId(), Repair.Elements.NIGHT_INTAKE)) {
      // received outside the office's hours (the story's last case is placed relative to now, which may be at night)
      story.complete(pi.getId(), Repair.Elements.NIGHT_INTAKE, "jiankong",
          Map.of(NIGHT_DISPOSAL.name(), "已通知值班维修人员"));
    }
    return pi;
  }

  private void attend(DemoStory story, ProcessInstance pi, Duration after, Map<String, Object> charge) {
    story.after(after);
    Map<String, Object> arrival = new HashMap<>(charge);
    arrival.put(TECHNICIAN.name(), "吴磊");
    arrival.put(FINDINGS.name(), "已查明故障原因");
    story.complete(pi.getId(), Repair.Elements.ARRIVE, "gongcheng", arrival);
  }

  private void fix(DemoStory story, ProcessInstance pi, String work, String materials) {
    story.after(Duration.ofMinutes(50));
    story.complete(pi.getId(), Repair.Elements.WORK_ORDER, "gongcheng", Map.of(WORK_DONE.name(), work,
        MATERIALS.name(), materials, LABOUR.name(), "1人1小时", FIXED.name(), true, OWNER_SIGNED.name(), true));
  }

  /** 核查报修记录 (solved), then 回访业主 in the owner revisit the repair called (P4, R1, R2, R7). */
  private void checkAndRevisit(DemoStory story, ProcessInstance repair, String method, boolean signed,
      String satisfaction) {
    story.after(Duration.ofMinutes(30));
    story.complete(repair.getId(), Repair.Elements.CHECK_RECORD, "kefu", Map.of(RECORD_SOLVED.name(), true));
    story.after(Duration.ofHours(2));
    ProcessInstance revisit = runtime.createProcessInstanceQuery().superProcessInstanceId(repair.getId())
        .singleResult();
    story.complete(revisit.getId(), OwnerRevisit.Elements.CONDUCT_REVISIT, "kefu", Map.of("revisitMethod", method,
        "satisfaction", satisfaction, "fixEffect", "已修复", "ownerSigned", signed));
  }
}
