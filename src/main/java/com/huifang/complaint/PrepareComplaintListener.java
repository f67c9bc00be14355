package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.casenumber.CaseNumberService;
import com.huifang.process.InvalidInput;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * At receipt (C1, C12, C14): checks the intake, numbers the case {@code TS-yyyyMMdd-NNNN} as its business
 * key, keeps whoever first received it (首问责任制), and notes whether it will be revisited.
 */
@Component("prepareComplaintListener")
class PrepareComplaintListener implements ExecutionListener {

  static final Set<String> CHANNELS = Set.of("hotline", "walkIn", "letter", "online", "superior");
  static final Set<String> TYPES = Set.of("complaint", "suggestion");
  static final String PHONE_PATTERN = "^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$";

  private final CaseNumberService caseNumbers;

  PrepareComplaintListener(CaseNumberService caseNumbers) {
    this.caseNumbers = caseNumbers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean anonymous = Boolean.TRUE.equals(ANONYMOUS.get(execution));
    String channel = CHANNEL.get(execution);
    String phone = OWNER_PHONE.get(execution);
    new InvalidInput()
        .require(CHANNELS.contains(channel), CHANNEL.name(), "请选择投诉渠道")
        .require(TYPES.contains(COMPLAINT_TYPE.get(execution)), COMPLAINT_TYPE.name(), "请选择类别(投诉或意见建议)")
        .require(hasText(DESCRIPTION.get(execution)), DESCRIPTION.name(), "请填写投诉内容")
        .require(!"superior".equals(channel) || hasText(SUPERIOR_INSTRUCTIONS.get(execution)),
            SUPERIOR_INSTRUCTIONS.name(), "上级转来的投诉须记录上级的处理意见")
        .require(anonymous || hasText(OWNER_NAME.get(execution)), OWNER_NAME.name(), "请填写业主姓名(匿名投诉请勾选匿名)")
        .require(anonymous || hasText(UNIT.get(execution)), UNIT.name(), "请填写房号")
        .require(!hasText(phone) || phone.trim().matches(PHONE_PATTERN), OWNER_PHONE.name(),
            "联系电话格式不正确(手机11位,或带区号的固定电话)")
        .throwIfAny();

    String number = caseNumbers.next(Complaint.NUMBER_PREFIX);
    execution.setProcessBusinessKey(number);
    CASE_NUMBER.set(execution, number);
    if (!hasText(FIRST_CONTACT.get(execution))) {
      String initiator = (String) execution.getVariable("initiator");
      FIRST_CONTACT.set(execution, initiator);
    }
    Date now = ClockUtil.getCurrentTime();
    RECEIVED_AT.set(execution, now);
    ANONYMOUS.set(execution, anonymous);
    REPLY_LETTER_ONLY.set(execution, Boolean.TRUE.equals(REPLY_LETTER_ONLY.get(execution)));
    // C11, C12: every complaint is revisited, except anonymous ones and those that only ask for a reply letter
    REVISITABLE.set(execution, !anonymous && !REPLY_LETTER_ONLY.get(execution));
    OWNER_ANSWERED.set(execution, false);
    NON_CONFORMITY.set(execution, false);
    REVISIT_COUNT.set(execution, 0);
    if (execution.getVariable(ECONOMIC_LOSS) == null) {
      execution.setVariable(ECONOMIC_LOSS, 0L);
    }
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
