package com.huifang.accident;

import static com.huifang.accident.Accident.Vars.*;

import com.huifang.engine.InvalidInput;
import com.huifang.owner.PhoneNumber;
import com.huifang.revisit.Satisfaction;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** S6 on plain values: what the report, the visit on site and the aftermath revisit must record. */
@Service
class AccidentSteps {

  /** The report: whose home, what happened. */
  InvalidInput reported(String ownerName, String unit, String phone, String kind, String description) {
    return new InvalidInput()
        .require(hasText(ownerName), OWNER_NAME.name(), "请填写业主姓名")
        .require(hasText(unit), UNIT.name(), "请填写房号")
        .require(!hasText(phone) || PhoneNumber.isValid(phone), OWNER_PHONE.name(), PhoneNumber.INVALID)
        .require(kind != null && Accident.KINDS.containsKey(kind), KIND.name(), "请选择事故类别")
        .require(hasText(description), DESCRIPTION.name(), "请填写事故经过");
  }

  /** 到场: when staff arrived (not in the future) and the emergency measures taken. */
  InvalidInput onSite(Optional<Date> arrivedAt, String measures, Date now) {
    return new InvalidInput()
        .require(arrivedAt.map(d -> !d.after(now)).orElse(true), Accident.Vars.ARRIVED_AT_INPUT, "到场时间不能晚于现在")
        .require(hasText(measures), EMERGENCY_MEASURES.name(), "请填写现场应急处理措施");
  }

  /** The aftermath revisit: every step of S6, and the owner's signature or, if refused, attitude (R2). */
  InvalidInput aftermath(String aftermath, String cause, String advice, String hazards, String measures,
      Boolean signed, String attitude, String satisfaction) {
    return new InvalidInput()
        .require(hasText(aftermath), AFTERMATH.name(), "请填写善后处理情况")
        .require(hasText(cause), CAUSE.name(), "请填写查明的事故原因")
        .require(hasText(advice), SAFETY_ADVICE.name(), "请填写给业主的安全建议")
        .require(hasText(hazards), HAZARDS_CHECKED.name(), "请填写其他隐患的检查及处理")
        .require(hasText(measures), PREVENTIVE_MEASURES.name(), "请填写与业主商定的预防措施")
        .require(Boolean.TRUE.equals(signed) || hasText(attitude), OWNER_ATTITUDE.name(),
            "上门回访须有业主签名;业主拒绝签名的,请记录业主的态度")
        .require(Satisfaction.byId(satisfaction).isPresent(), SATISFACTION.name(), "请选择业主满意程度");
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
