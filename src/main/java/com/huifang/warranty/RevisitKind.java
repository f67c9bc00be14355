package com.huifang.warranty;

/** The scheduled revisits of a renovation warranty (W2–W5), as the seed's 回访制度 names them. */
public enum RevisitKind {
  /** W2: wall and floor tiles, by phone 60 days after handover. */
  TILE("tile", "墙地砖铺贴工程电话回访(竣工交付后60天)"),
  /** W3: wood work, by phone at each change of season in the first year. */
  WOOD("wood", "木制品工程季节交替电话回访"),
  /** W4: on site, 6 months after handover. */
  ON_SITE("onSite", "竣工交付后6个月上门回访"),
  /** W5: every half year during the warranty. */
  HALF_YEAR("halfYear", "保修期内半年定期回访");

  private final String code;
  private final String label;

  RevisitKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }
}
