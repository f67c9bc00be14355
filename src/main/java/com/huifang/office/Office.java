package com.huifang.office;

import java.util.List;

/** A management office (管理处): its id (the Camunda tenant id), its Chinese name and the projects it manages. */
public record Office(String id, String name, List<String> projects) {

  public Office {
    projects = projects == null ? List.of() : List.copyOf(projects);
  }
}
