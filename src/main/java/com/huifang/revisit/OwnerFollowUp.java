package com.huifang.revisit;

import com.huifang.engine.Variable;
import java.util.Date;

/**
 * R4: a new issue an owner raises during a revisit becomes a follow-up case of its own
 * (processes/owner-follow-up.bpmn), linked to the revisited case and answered at the appointed time.
 */
public final class OwnerFollowUp {

  public static final String KEY = "owner-follow-up";
  public static final String NUMBER_PREFIX = "FU";

  private OwnerFollowUp() {}

  public static final class Elements {
    public static final String START = "StartEvent_NewIssueRaised";
    public static final String REPLY_TO_OWNER = "UserTask_ReplyToOwner";
    public static final String END_ANSWERED = "EndEvent_OwnerAnswered";

    private Elements() {}
  }

  public static final class Vars {
    public static final Variable<String> SOURCE_CASE_NUMBER = Variable.of("sourceCaseNumber", String.class);
    public static final Variable<String> ISSUE_TYPE = Variable.of("issueType", String.class);
    public static final Variable<String> ISSUE_TYPE_LABEL = Variable.of("issueTypeLabel", String.class);
    public static final Variable<String> ISSUE_DESCRIPTION = Variable.of("issueDescription", String.class);
    public static final Variable<Date> REPLY_DUE = Variable.of("replyDue", Date.class);
    public static final Variable<String> REPLY_GROUP = Variable.of("replyGroup", String.class);
    public static final Variable<String> REPLY_CONTENT = Variable.of("replyContent", String.class);

    private Vars() {}
  }
}
