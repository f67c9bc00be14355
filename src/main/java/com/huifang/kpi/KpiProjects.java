package com.huifang.kpi;

import com.huifang.engine.InvalidInput;
import com.huifang.owner.OwnerRegister;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The projects (小区/项目) of the owner register the KPIs can be read for ({@code project=} of {@code /api/kpis} and
 * of the trend sheet): a project the register does not know is refused, not answered with zeros.
 */
@Component
class KpiProjects {

  static final String FIELD = "project";

  private final OwnerRegister register;

  KpiProjects(OwnerRegister register) {
    this.register = register;
  }

  List<String> all() {
    return register.projects();
  }

  /** The project asked for, null for none (the company's figures); refused (400) if the register does not know it. */
  String known(String project) {
    if (project == null || project.isBlank()) {
      return null;
    }
    String name = project.strip();
    if (!register.projects().contains(name)) {
      InvalidInput.throwIfAny(Map.of(FIELD, "业主登记册中没有这个项目: " + name), "查询项目");
    }
    return name;
  }
}
