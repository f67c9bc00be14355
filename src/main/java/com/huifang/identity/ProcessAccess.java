package com.huifang.identity;

import java.util.Set;

/**
 * Who may start a process and who takes part in it. Each feature package declares one bean per
 * process; {@link AuthorizationSetup} turns them into engine authorizations, so a group starts only
 * the processes it owns and sees only the definitions it works in.
 *
 * @param processKey   the BPMN process id
 * @param starters     groups that may start it (from Tasklist or the API)
 * @param participants groups that work on its tasks: they may read the definition (diagram, forms)
 * @param caseReaders  groups that keep the register of its cases: they read every case, its tasks and its
 *                     history (customer service keeps the complaint log and the revisit records)
 */
public record ProcessAccess(String processKey, Set<StaffGroup> starters, Set<StaffGroup> participants,
    Set<StaffGroup> caseReaders) {

  public ProcessAccess(String processKey, Set<StaffGroup> starters, Set<StaffGroup> participants) {
    this(processKey, starters, participants, Set.of());
  }
}
