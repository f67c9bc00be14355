package com.huifang.kpi;

import java.util.Date;
import java.util.List;

/**
 * A source of satisfaction verdicts for K5 besides the owner revisits (issue 19): the annual customer survey adds its
 * answers as a Spring bean of this type, and GET /api/kpis lists its K5 in {@code satisfactionBySource}. Counts are of
 * verdicts (很满意 / 满意 / 较满意 count as satisfied, 不满意 not) given in [start, end), of the offices' cases (null: the
 * company's) and of one project of the owner register (null: all).
 */
public interface SatisfactionSource {

  /** The source's id, e.g. {@code survey}. */
  String id();

  /** The source's label as managers read it, e.g. 顾客意见调查. */
  String label();

  /** The satisfied verdicts and all verdicts. */
  Counts count(Date start, Date end, List<String> offices, String project);

  /** Satisfied verdicts of all verdicts. */
  record Counts(long satisfied, long verdicts) {}
}
