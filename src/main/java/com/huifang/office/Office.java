package com.huifang.office;

import java.time.LocalTime;
import java.util.List;

/**
 * A management office (管理处): its id (the Camunda tenant id), its Chinese name, the projects it manages, and its
 * customer-service center's office hours (C2), both null when it keeps the company's.
 */
public record Office(String id, String name, List<String> projects, LocalTime opens, LocalTime closes) {

  public Office {
    projects = projects == null ? List.of() : List.copyOf(projects);
    if ((opens == null) != (closes == null) || (opens != null && closes.isBefore(opens))) {
      throw new IllegalArgumentException("office " + id + ": office hours need both times, closing not before opening");
    }
  }

  /** An office with the company's office hours. */
  public Office(String id, String name, List<String> projects) {
    this(id, name, projects, null, null);
  }

  /** Whether the office has office hours of its own. */
  public boolean ownHours() {
    return opens != null;
  }
}
