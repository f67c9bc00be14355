package com.huifang.kpi;

import com.huifang.engine.InvalidInput;
import org.springframework.stereotype.Component;

/** C18, the chief housekeeper's sign-off of the month's 客户投诉登记表: who signs, once the log has been reviewed. */
@Component
class ComplaintLogSignOff {

  /**
   * The signer: the task's assignee (who claimed it in Tasklist), else the user completing it. The log must have been
   * reviewed, and somebody must sign.
   */
  String signer(Object reviewed, String assignee, String authenticatedUser) {
    String signer = assignee != null ? assignee : authenticatedUser;
    new InvalidInput()
        .require(Boolean.TRUE.equals(reviewed), MonthlyComplaintReview.Vars.LOG_REVIEWED.name(),
            "请查阅上月《客户投诉登记表》后勾选确认,方可签字存档")
        .require(signer != null, MonthlyComplaintReview.Vars.LOG_REVIEWED.name(), "签字须由登录的首席物业管家本人完成")
        .throwIfAny();
    return signer;
  }
}
