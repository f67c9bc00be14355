package com.huifang.revisit;

/**
 * R4: opens the case a new issue raised in a revisit becomes, of its own kind: the complaint feature opens complaints
 * and suggestions (C1, C19), the repair feature repair requests (P1). Implemented by those features as Spring beans,
 * so the revisit, which they call, does not depend on them.
 */
public interface NewIssueIntake {

  /** Whether this intake opens issues of {@code kind} ({@link NewIssue#COMPLAINT}, …). */
  boolean opens(String kind);

  /**
   * Opens the new case, linked to the revisited case, in the caller's transaction; returns its case number. An issue
   * it cannot open throws, so the revisit's job fails and is retried (an incident in Cockpit), never dropped.
   */
  String open(NewIssue issue);
}
