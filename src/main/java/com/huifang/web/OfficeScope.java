package com.huifang.web;

import java.util.List;

/**
 * Whose figures and registers a caller reads (issue 27): the whole company ({@link #company()}, {@code offices}
 * null), or the named management offices (Camunda tenant ids) only.
 */
public record OfficeScope(List<String> offices) {

  public OfficeScope {
    offices = offices == null ? null : List.copyOf(offices);
  }

  public static final OfficeScope COMPANY = new OfficeScope(null);

  public boolean company() {
    return offices == null;
  }
}
