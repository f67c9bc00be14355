package com.huifang.opinion;

import com.huifang.engine.InvalidInput;
import com.huifang.owner.PhoneNumber;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** S4 on plain values: what an entry of the opinion register needs before it is recorded. */
@Service
class OpinionSteps {

  /** The field errors of an entry (empty when complete): its source, kind, content, what was done, a real phone. */
  InvalidInput check(String source, String kind, String content, String actionTaken, String phone,
      Optional<Date> receivedAt, Date now) {
    return new InvalidInput()
        .require(source != null && OpinionRegister.SOURCES.containsKey(source), OpinionRegister.Vars.SOURCE.name(),
            "请选择意见来源(来访、来电、来函、检查、座谈会或家访)")
        .require(kind != null && OpinionRegister.KINDS.containsKey(kind), OpinionRegister.Vars.KIND.name(),
            "请选择意见类别")
        .require(hasText(content), OpinionRegister.Vars.CONTENT.name(), "请填写意见内容")
        .require(hasText(actionTaken), OpinionRegister.Vars.ACTION_TAKEN.name(), "请填写处理情况")
        .require(!hasText(phone) || PhoneNumber.isValid(phone), OpinionRegister.Vars.OWNER_PHONE.name(),
            PhoneNumber.INVALID)
        .require(receivedAt.map(d -> !d.after(now)).orElse(true), OpinionRegister.Vars.RECEIVED_AT,
            "反馈时间不能晚于现在");
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
