package com.huifang.complaint;

import com.huifang.engine.EngineClock;
import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.engine.HuifangProperties;
import com.huifang.engine.DateInput;
import java.time.Duration;
import java.util.Date;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * C5, the {@code end} listener of the service-level decision: who handles the case, who approves an
 * extension, who is told at once and who when the answer is late, and the answer and resolution deadlines that the
 * tasks carry as due dates (so Tasklist's 即将超时 and 已超时 filters show them). A general complaint is
 * resolved within two days or by the owner's requested deadline.
 */
@Component("applyServiceLevelListener")
class ApplyServiceLevelListener implements ExecutionListener {

  private final HuifangProperties properties;

  ApplyServiceLevelListener(HuifangProperties properties) {
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<?, ?> level = (Map<?, ?>) execution.getVariable(Complaint.Vars.SERVICE_LEVEL);
    if (level == null) {
      throw new IllegalStateException("complaint-service-level has no row for severity " + SEVERITY.get(execution));
    }
    String severity = SEVERITY.get(execution);
    // a refused extension on a major complaint keeps the severity but has moved the case up already
    if (!severity.equals(SERVICE_LEVEL_SEVERITY.get(execution))) {
      HANDLER_GROUP.set(execution, (String) level.get("handlerGroup"));
    }
    SERVICE_LEVEL_SEVERITY.set(execution, severity);
    REPORT_TO_GROUP.set(execution, (String) level.get("reportToGroup"));
    EXTENSION_APPROVER_GROUP.set(execution, (String) level.get("extensionApproverGroup"));
    ANSWER_ESCALATION_GROUP.set(execution, (String) level.get("answerEscalationGroup"));
    UPGRADE_GROUP.set(execution, (String) level.get("upgradeGroup"));
    UPGRADED_SEVERITY.set(execution, (String) level.get("upgradedSeverity"));
    // C5: who is told at once (the project head and the general manager of a major complaint, ...)
    String informAtOnce = (String) level.get("informAtOnceGroups");
    execution.setVariable(Complaint.Vars.INFORM_AT_ONCE_GROUPS, informAtOnce == null ? List.of()
        : Arrays.stream(informAtOnce.split(",")).map(String::trim).filter(g -> !g.isEmpty()).toList());
    ANSWER_WITHIN.set(execution, (String) level.get("answerWithin"));
    RESOLVE_WITHIN.set(execution, (String) level.get("resolveWithin"));

    Date now = EngineClock.nowAsDate();
    if (!Boolean.TRUE.equals(OWNER_ANSWERED.get(execution))) {
      ANSWER_DUE.set(execution, plus(now, ANSWER_WITHIN.get(execution)));
    }
    Date resolveDue = plus(now, RESOLVE_WITHIN.get(execution));
    if ("general".equals(severity)) {
      resolveDue = DateInput.parse(execution.getVariable(OWNER_DEADLINE), properties.zone())
          .filter(d -> d.after(now)).orElse(resolveDue);
    }
    RESOLVE_DUE.set(execution, resolveDue);
  }

  static Date plus(Date from, String isoDuration) {
    return Date.from(from.toInstant().plus(Duration.parse(isoDuration)));
  }
}
