package com.huifang.engine;

import java.util.Map;
import java.util.Optional;

/**
 * Which tenant (management office) a new case belongs to, as far as its start variables tell: the one question
 * the engine's tenant id provider ({@link TenantPerCase}) asks the application. One bean answers it (the office
 * register); a process needs no code of its own to be separated by office.
 */
public interface CaseTenants {

  /** The variable that names a case's office explicitly (an office chosen at intake). */
  String OFFICE_ID = "officeId";

  /**
   * The office the variables name explicitly ({@link #OFFICE_ID}), refused with {@link InvalidInput.Refused} when
   * no office has that id.
   */
  Optional<String> named(Map<String, Object> variables);

  /**
   * The office of the case's unit ({@code unit}), when the owner register knows the unit and an office its project;
   * without a unit, the office of the project the case names ({@code project}, a case of a whole project).
   */
  Optional<String> ofUnit(Map<String, Object> variables);

  /** The office that manages the owner register's project {@code project}, if one does. */
  Optional<String> ofProject(String project);

  /** The tenant of a case nothing else decides: no office named, no known unit, a starter of several offices or none. */
  String defaultTenant();
}
