package com.huifang.revisit;

import com.huifang.engine.StartupStep;
import com.huifang.engine.StartupWork;
import com.huifang.engine.EngineClock;
import static com.huifang.revisit.OwnerRevisit.Vars.*;

import com.huifang.engine.HuifangProperties;
import com.huifang.engine.DemoCases;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a few open revisits, one due within the hour and one overdue, so every filter shows work; two of
 * them are the second office's (碧水湾), so its customer-service center has work of its own on first start.
 */
@Component
class DemoRevisits implements StartupWork {

  @Override
  public StartupStep step() {
    return StartupStep.DEMO_REVISITS;
  }

  static final String DEMO_MARKER = HuifangProperties.Demo.MARKER;

  private final RuntimeService runtime;
  private final DemoCases demoCases;

  DemoRevisits(RuntimeService runtime, DemoCases demoCases) {
    this.runtime = runtime;
    this.demoCases = demoCases;
  }

  @Override
  public void run() {
    if (!demoCases.toOpen(OwnerRevisit.KEY)) {
      return; // demo revisits are opened once per database, whatever else runs there
    }
    start("王建国", "3栋2单元1101", "13800138000", "repair", "厨房水管漏水维修完毕,回访维修效果", Duration.ofDays(1));
    start("陈晓", "5栋801", "13912345678", "accident", "家中跳闸起火已处理,上门回访做好善后及防范", Duration.ofMinutes(40));
    start("刘芳", "1栋302", "0755-26881234", "quality", "本月日常品质回访:征询对物业管理工作的意见", Duration.ofHours(-3));
    // the second office's own work (issue 27): its units are 碧水湾's, so these are 碧水湾管理处's cases
    start("钱进", "碧水湾1栋101", "13711112222", "quality", "本月日常品质回访:征询对碧水湾物业服务的意见",
        Duration.ofMinutes(50));
    start("孙红", "碧水湾2栋502", "13833334444", "repair", "卫生间下水道疏通完毕,回访维修效果", Duration.ofHours(-2));
  }

  private void start(String owner, String unit, String phone, String category, String subject, Duration dueIn) {
    runtime.startProcessInstanceByKey(OwnerRevisit.KEY, Variables.createVariables()
        .putValue(OWNER_NAME.name(), owner).putValue(UNIT.name(), unit).putValue(OWNER_PHONE.name(), phone)
        .putValue(CATEGORY.name(), category).putValue(SUBJECT.name(), subject).putValue(DEMO_MARKER, true)
        .putValue(DUE.name(), Date.from(EngineClock.now().plus(dueIn))));
  }
}
