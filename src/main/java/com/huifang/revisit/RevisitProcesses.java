package com.huifang.revisit;

import static com.huifang.identity.StaffGroup.*;

import com.huifang.identity.ProcessAccess;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who starts and who works the revisit processes. */
@Configuration
class RevisitProcesses {

  /** Groups that revisit owners: the service center, and the desks of the warranty and mall processes. */
  static final Set<com.huifang.identity.StaffGroup> REVISITORS =
      Set.of(CUSTOMER_SERVICE, WARRANTY_SERVICE, MALL_SERVICE_DESK, HOUSEKEEPER, SENIOR_HOUSEKEEPER);

  @Bean
  ProcessAccess ownerRevisitAccess() {
    // customer-service also starts routine quality revisits and revisits after an accident; R8: the office manager
    // may take a revisit over (a candidate group of 回访业主) and do it personally
    var participants = new java.util.HashSet<>(REVISITORS);
    participants.add(OFFICE_MANAGER);
    return new ProcessAccess(OwnerRevisit.KEY, Set.of(CUSTOMER_SERVICE), Set.copyOf(participants),
        Set.of(CUSTOMER_SERVICE)); // R7 records
  }

  /**
   * R4 before it opened cases of their own kind: the reply to a revisit's new issue (owner-follow-up). No longer
   * packaged or started; its cases still running finish on their deployed version, worked by the revisitors.
   */
  static final String RETIRED_FOLLOW_UP_KEY = "owner-follow-up";

  @Bean
  ProcessAccess ownerFollowUpAccess() {
    return new ProcessAccess(RETIRED_FOLLOW_UP_KEY, Set.of(), REVISITORS);
  }
}
