package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.complaint.Complaint.Department;
import com.huifang.engine.CaseNumberService;
import com.huifang.engine.DateInput;
import com.huifang.engine.EngineClock;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.InvalidInput;
import com.huifang.owner.OwnerContact;
import com.huifang.owner.OwnerRegister;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The rules of a complaint's steps (C1–C14), on plain values: what each step must record before it may complete,
 * and what follows from it (severity, deadlines, the departments' work). Refused input is an
 * {@link InvalidInput.Refused} naming the fields, in the words staff read. The listeners of complaint-handling read
 * the step's variables, call one method here and write its answer back.
 */
@Service
public class ComplaintSteps {

  /** C4: the severities with the labels staff see. */
  static final Map<String, String> LABELS = Complaint.SEVERITY_LABELS;

  private final CaseNumberService caseNumbers;
  private final OwnerRegister owners;
  private final HuifangProperties properties;

  public ComplaintSteps(CaseNumberService caseNumbers, OwnerRegister owners, HuifangProperties properties) {
    this.caseNumbers = caseNumbers;
    this.owners = owners;
    this.properties = properties;
  }

  /**
   * A received complaint: its number, the contact found in the owner register (null where the intake's stands), the
   * first contact when the intake named none (then {@code firstContactFromInitiator}), when it came (C15: the 接待 time
 * recorded at intake, else now), and whether it
   * will be revisited.
   */
  public record Received(String caseNumber, String ownerPhone, String ownerName, boolean firstContactFromInitiator,
      String firstContact, Date receivedAt, boolean anonymous, boolean replyLetterOnly, boolean revisitable,
      boolean solvedOnTheSpot, String onTheSpotResolution) {}

  /**
   * At receipt (C1, C12, C14): checks the intake (the form's or the API's variables), fills the phone (and name) of
   * a unit's owner from the register, never for an anonymous complaint, numbers the case TS-yyyyMMdd-NNNN, keeps
   * whoever first received it (首问责任制, else the initiator), and notes whether it will be revisited: every
   * complaint is, except anonymous ones and those that only ask for a reply letter (C11, C12). A complaint solved on
 * the spot (C16) keeps what was done as its resolution.
   */
  public Received receive(Map<String, Object> intake) {
    boolean anonymous = Boolean.TRUE.equals(intake.get(ANONYMOUS.name()));
    InvalidInput.throwIfAny(ComplaintIntakeRules.check(intake));
    String phone = null;
    String name = null;
    String unit = text(intake.get(UNIT.name()));
    if (!anonymous && !hasText(text(intake.get(OWNER_PHONE.name()))) && hasText(unit)) {
      Optional<OwnerContact> owner = owners.findByUnit(unit);
      if (owner.isPresent()) {
        phone = owner.get().phone();
        name = hasText(text(intake.get(OWNER_NAME.name()))) ? null : owner.get().ownerName();
      }
    }
    Date now = EngineClock.nowAsDate();
    Optional<Date> receivedAt = DateInput.parse(intake.get(RECEIVED_AT.name()), properties.zone()); // checked above
    String number = caseNumbers.next(Complaint.NUMBER_PREFIX);
    boolean fromInitiator = !hasText(text(intake.get(FIRST_CONTACT.name())));
    boolean replyLetterOnly = Boolean.TRUE.equals(intake.get(REPLY_LETTER_ONLY.name()));
    boolean solvedOnTheSpot = Boolean.TRUE.equals(intake.get(SOLVED_ON_THE_SPOT.name()));
    return new Received(number, phone, name, fromInitiator, fromInitiator ? text(intake.get("initiator")) : null,
        receivedAt.orElse(now), anonymous, replyLetterOnly, !anonymous && !replyLetterOnly, solvedOnTheSpot,
        solvedOnTheSpot ? text(intake.get(ON_THE_SPOT_RESOLUTION.name())).strip() : null);
  }

  /** A severity with its label. */
  public record Severity(String code, String label) {}

  /**
   * C4: the classifier confirms the severity the decision table proposed (an empty choice confirms it), or overrides
   * it, in which case a reason is required.
   */
  public Severity classify(String proposed, String chosen, String reason) {
    String severity = chosen == null || chosen.isBlank() ? proposed : chosen;
    new InvalidInput()
        .require(LABELS.containsKey(severity), SEVERITY.name(), "请选择投诉等级")
        .require(severity == null || severity.equals(proposed) || hasText(reason),
            OVERRIDE_REASON.name(), "调整系统建议的投诉等级时,须填写调整理由")
        .throwIfAny();
    return new Severity(severity, LABELS.get(severity));
  }

  /**
   * What the service-level table decided for a severity (C5): the groups, the groups told at once, the answer and
   * resolution periods and deadlines. {@code handlerGroup} is null when the handler stays (a refused extension on a
   * major complaint keeps the severity but has moved the case up already, {@code handlerChanges} false);
   * {@code answerDue} is null once the owner has been answered.
   */
  public record ServiceLevel(boolean handlerChanges, String handlerGroup, String reportToGroup, String extensionApproverGroup,
      String answerEscalationGroup, String upgradeGroup, String upgradedSeverity, List<String> informAtOnceGroups,
      String answerWithin, String resolveWithin, Date answerDue, Date resolveDue) {}

  /**
   * C5, the service-level decision's row applied: who handles, approves, is told at once and when the answer is
   * late, and the deadlines the tasks carry as due dates. A general complaint is resolved within two days or by the
   * owner's requested deadline. C15: the first time (no {@code previousSeverity}) the windows count from
   * {@code clocksStart}, the receipt, not from the classification; a case moved up after a refused extension (C6)
   * gets the new level's windows from now. A case started before C15 has no {@code clocksStart}: from now.
   */
  public ServiceLevel applyServiceLevel(Map<?, ?> row, String severity, String previousSeverity, boolean ownerAnswered,
      Object ownerDeadline, Date clocksStart) {
    if (row == null) {
      throw new IllegalStateException("complaint-service-level has no row for severity " + severity);
    }
    String informAtOnce = (String) row.get("informAtOnceGroups");
    List<String> informed = informAtOnce == null ? List.of()
        : Arrays.stream(informAtOnce.split(",")).map(String::trim).filter(g -> !g.isEmpty()).toList();
    String answerWithin = (String) row.get("answerWithin");
    String resolveWithin = (String) row.get("resolveWithin");
    Date now = EngineClock.nowAsDate();
    Date from = previousSeverity == null && clocksStart != null ? clocksStart : now;
    Date resolveDue = plus(from, resolveWithin);
    if ("general".equals(severity)) {
      resolveDue = DateInput.parse(ownerDeadline, properties.zone()).filter(d -> d.after(now)).orElse(resolveDue);
    }
    return new ServiceLevel(!severity.equals(previousSeverity), (String) row.get("handlerGroup"),
        (String) row.get("reportToGroup"), (String) row.get("extensionApproverGroup"),
        (String) row.get("answerEscalationGroup"), (String) row.get("upgradeGroup"),
        (String) row.get("upgradedSeverity"), informed, answerWithin, resolveWithin,
        ownerAnswered ? null : plus(from, answerWithin), resolveDue);
  }

  /** The answer given to the owner, as 答复业主 submits it. */
  public static final String ANSWER = "answerContent";
  /** The management representative's approval of the non-conformity record (C9). */
  public static final String NON_CONFORMITY_APPROVED = Complaint.Vars.NON_CONFORMITY_APPROVED.name();

  /** C5, 答复业主: the answer given must be recorded. */
  public void answerOwner(Object answer) {
    new InvalidInput()
        .require(answer instanceof String s && !s.isBlank(), ANSWER, "请填写给业主的答复")
        .throwIfAny();
  }

  /** What the night shift decided: whether it is urgent, and whether it waits for the next office day. */
  public record NightShift(boolean urgent, boolean deferToNextOfficeDay) {}

  /**
   * C2, the control center's night task: an urgent complaint is dispatched at once and the disposal recorded; a
   * non-urgent one waits for the next office day only when the owner agrees, otherwise it is handled tonight too.
   */
  public NightShift nightShift(boolean urgent, boolean ownerConsentsToDefer, String disposal) {
    boolean defer = !urgent && ownerConsentsToDefer;
    new InvalidInput()
        .require(defer || hasText(disposal), NIGHT_DISPOSAL.name(), "紧急或业主不同意次日处理的,须立即派人处置并记录处置情况")
        .throwIfAny();
    return new NightShift(urgent, defer);
  }

  /** One department's row of the dispatch form, as submitted: ticked, its deadline, its instructions. */
  public record DispatchRow(Object ticked, Object due, Object instructions) {}

  /**
   * C8, the dispatch: the departments the handler ticked, each with its own deadline in the future, as the list the
   * department multi-instance runs over (one map {department, departmentName, due, instructions} each). No department
   * ticked means the handler resolves it alone. A department not ticked keeps no deadline or instructions.
   */
  public List<Map<String, String>> dispatch(Map<Department, DispatchRow> rows) {
    Date now = EngineClock.nowAsDate();
    InvalidInput invalid = new InvalidInput();
    List<Map<String, String>> assignments = new ArrayList<>();
    for (Department department : Department.values()) {
      DispatchRow row = rows.get(department);
      String name = department.group().chineseName();
      invalid.require(row.ticked() == null || row.ticked() instanceof Boolean, department.dispatch().name(),
          "派工到" + name + ":应为勾选或不勾选");
      if (!Boolean.TRUE.equals(row.ticked())) {
        continue;
      }
      Optional<Date> due = DateInput.parse(row.due(), properties.zone());
      invalid.require(due.isPresent() && due.get().after(now), department.due(), name + ":请填写今后的完成期限");
      if (due.isPresent()) {
        Map<String, String> assignment = new LinkedHashMap<>();
        assignment.put("department", department.group().id());
        assignment.put("departmentName", name);
        assignment.put("due", OffsetDateTime.ofInstant(due.get().toInstant(), properties.zone()).toString());
        assignment.put("instructions", row.instructions() instanceof String text ? text.trim() : "");
        assignments.add(assignment);
      }
    }
    invalid.throwIfAny();
    return assignments;
  }

  /** The reports text of a dispatch before any department has reported. */
  public static String reportsTextBeforeWork(List<Map<String, String>> assignments) {
    return assignments.isEmpty() ? "未派工,由处理人直接处理" : "";
  }

  /** C8, a department's result: it must be reported; it is added to the case's reports ("部门:结果") in arrival order. */
  public List<String> reportDepartmentResult(List<?> reportsSoFar, Object departmentName, String result) {
    new InvalidInput().require(hasText(result), DEPARTMENT_RESULT.name(), "请填写本部门的处理结果").throwIfAny();
    List<String> reports = new ArrayList<>();
    if (reportsSoFar != null) {
      reportsSoFar.forEach(item -> reports.add(String.valueOf(item)));
    }
    reports.add(departmentName + ":" + result.trim());
    return reports;
  }

  /** C6, 审批延期: approved with a new deadline, or refused and the case one level up. */
  public record Extension(Date resolveDue, String upgradedSeverity, String upgradedSeverityLabel) {
    public boolean approved() {
      return resolveDue != null;
    }
  }

  /** C6: approved needs a new deadline in the future; refused moves the case to the next severity. */
  public Extension decideExtension(Boolean approved, Object extendedDeadline, String upgradedSeverity) {
    Date now = EngineClock.nowAsDate();
    Optional<Date> deadline = DateInput.parse(extendedDeadline, properties.zone());
    new InvalidInput()
        .require(approved != null, EXTENSION_APPROVED.name(), "请选择是否批准延期")
        .require(!Boolean.TRUE.equals(approved) || deadline.map(d -> d.after(now)).orElse(false),
            EXTENDED_DEADLINE, "批准延期须给出晚于现在的新期限")
        .throwIfAny();
    return approved ? new Extension(deadline.get(), null, null)
        : new Extension(null, upgradedSeverity, LABELS.get(upgradedSeverity));
  }

  /**
   * C9 as modelled before C17 (cases started on the earlier complaint-handling version finish on it): the management
   * representative's approval: the corrective action is carried out only on an approved record;
   * the record makes a corrective-action report due (C13).
   */
  public void approveNonConformity(Object approved) {
    new InvalidInput()
        .require(Boolean.TRUE.equals(approved), NON_CONFORMITY_APPROVED,
            "不合格品/服务记录处理单须经管理者代表批准后方可实施纠正措施;如不同意,请退回管理处经理修改后再批")
        .throwIfAny();
  }

  /** C17: why a non-conformity record is opened, who fills it and who approves it. */
  public record NonConformityRecord(String reason, String reasonLabel, String fillerGroup, String approverGroup) {}

  /**
   * C9, C17, when 处理投诉 completes: a record is opened when the office cannot solve it (the general manager
   * convenes, the management representative fills it, the general manager approves), for a loss of 500 yuan or more
   * (the office manager fills it, the management representative approves) or when several departments were involved
   * (the handler fills it, the office manager approves); in this order when more than one holds. Empty otherwise.
   */
  public Optional<NonConformityRecord> nonConformityNeeded(Object economicLoss, int departments, boolean cannotSolve,
      String handlerGroup) {
    new InvalidInput()
        .require(economicLoss instanceof Number n && n.doubleValue() >= 0, ECONOMIC_LOSS, "请填写业户经济损失(元),无损失填0")
        .throwIfAny();
    if (cannotSolve) {
      return Optional.of(new NonConformityRecord("cannotSolve", "本管理处无法解决,分公司总经理召集处理",
          "management-rep", "general-manager"));
    }
    if (((Number) economicLoss).doubleValue() >= Complaint.NON_CONFORMITY_LOSS_YUAN) {
      return Optional.of(new NonConformityRecord("loss", "业户经济损失500元以上", "office-manager", "management-rep"));
    }
    if (departments >= 2) {
      return Optional.of(new NonConformityRecord("multiDepartment", "涉及多个部门", handlerGroup, "office-manager"));
    }
    return Optional.empty();
  }

  /**
   * C17, the record as filled: what did not conform, the cause, who is responsible, the corrective action and its
   * deadline (in the future); the deadline as a date.
   */
  public Date recordNonConformity(String content, String cause, String responsible, String action, Object due) {
    Date now = EngineClock.nowAsDate();
    Optional<Date> deadline = DateInput.parse(due, properties.zone());
    new InvalidInput()
        .require(hasText(content), NON_CONFORMITY_CONTENT.name(), "请填写不合格内容")
        .require(hasText(cause), CAUSE_ANALYSIS.name(), "请填写原因分析")
        .require(hasText(responsible), RESPONSIBLE_PERSON.name(), "请填写责任人")
        .require(hasText(action), NON_CONFORMITY_ACTION.name(), "请填写纠正措施")
        .require(deadline.map(d -> d.after(now)).orElse(false), CORRECTIVE_ACTION_DUE, "请填写今后的纠正措施完成期限")
        .throwIfAny();
    return deadline.get();
  }

  /** C17, the approver's decision: approved, or returned with the reason to the one who filled it. */
  public boolean decideNonConformity(Object approved, String returnReason) {
    new InvalidInput()
        .require(approved instanceof Boolean, NON_CONFORMITY_APPROVED, "请选择批准或退回")
        .require(!Boolean.FALSE.equals(approved) || hasText(returnReason), NON_CONFORMITY_RETURN_REASON.name(),
            "退回处理单须写明退回理由")
        .throwIfAny();
    return (Boolean) approved;
  }

  /** C17, the close-out check: the corrective action's result and the check that closes the record. */
  public void closeOutNonConformity(String result, String check) {
    new InvalidInput()
        .require(hasText(result), CORRECTIVE_ACTION_RESULT.name(), "请填写纠正措施的实施结果")
        .require(hasText(check), CLOSE_OUT_CHECK.name(), "请填写验证关闭情况")
        .throwIfAny();
  }

  /** C18, the complaint log entry the customer-service center writes: cause, corrective action and its result. */
  public void logComplaint(String cause, String action, String result) {
    new InvalidInput()
        .require(hasText(cause), LOG_CAUSE_ANALYSIS.name(), "请填写原因分析")
        .require(hasText(action), LOG_CORRECTIVE_ACTION.name(), "请填写纠正措施")
        .require(hasText(result), LOG_ACTION_RESULT.name(), "请填写措施结果")
        .throwIfAny();
  }

  /** C19, 转交意见建议: the senior housekeeper chooses one of the responsible departments; its name. */
  public String forwardSuggestion(String department) {
    Optional<Department> chosen = Arrays.stream(Department.values())
        .filter(d -> d.group().id().equals(department)).findFirst();
    new InvalidInput().require(chosen.isPresent(), FORWARDED_DEPARTMENT.name(), "请选择落实意见建议的部门").throwIfAny();
    return chosen.get().group().chineseName();
  }

  /** C19: the department reports what it did. */
  public void reportSuggestion(String actionTaken) {
    new InvalidInput().require(hasText(actionTaken), ACTION_TAKEN.name(), "请填写落实情况").throwIfAny();
  }

  /** C19: the reply the owner got (for an anonymous suggestion, that none could be given). */
  public void replySuggestion(String reply) {
    new InvalidInput().require(hasText(reply), SUGGESTION_REPLY.name(), "请填写给业主的答复").throwIfAny();
  }

  static Date plus(Date from, String isoDuration) {
    return Date.from(from.toInstant().plus(Duration.parse(isoDuration)));
  }

  private static String text(Object value) {
    return value instanceof String s ? s : null;
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
