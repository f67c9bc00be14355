package com.huifang.revisit;

import java.util.ArrayList;
import java.util.List;

/**
 * R4 on a plain test engine: stands in for the complaint and repair features' {@link NewIssueIntake}s, keeping the
 * issues handed to it and answering with a number of the kind's prefix ({@code TS-}, {@code WX-}) and a sequence.
 * The application's own intakes are proven on the running application (OwnerRevisitSpringTest).
 */
public final class RecordedNewIssues implements NewIssueIntake {

  private final List<NewIssue> opened = new ArrayList<>();

  @Override
  public boolean opens(String kind) {
    return true;
  }

  @Override
  public String open(NewIssue issue) {
    opened.add(issue);
    return (NewIssue.REPAIR.equals(issue.kind()) ? "WX-" : "TS-") + "R4-" + opened.size();
  }

  public List<NewIssue> opened() {
    return List.copyOf(opened);
  }
}
