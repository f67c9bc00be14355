package com.huifang.engine;

/**
 * Everything Huifang does when it starts, in the order it happens: the one list to read (and to extend) for the
 * start-up order. The first three happen while the application context starts, by the engine's and Flyway's own
 * mechanisms; the rest are {@link StartupWork} beans of the package named, run in this order by
 * {@link StartupSequence} once the context is up and before the node takes traffic or jobs. Every step is idempotent:
 * a restart, or a second node, changes nothing that is already there.
 */
public enum StartupStep {

  /** On PostgreSQL, one node at a time from here to the end of the list ({@link StartupLock}). */
  SCHEMA_LOCK(Phase.CONTEXT),
  /** The engine creates or checks its tables and deploys the models and forms that changed ({@link StableDeploymentNames}). */
  ENGINE_SCHEMA_AND_MODELS(Phase.CONTEXT),
  /** Flyway migrates Huifang's own tables, after the engine's exist ({@link FlywayAfterProcessEngine}). */
  MIGRATIONS(Phase.CONTEXT),

  /** identity: the staff groups with their Chinese names. */
  STAFF_GROUPS(Phase.RUNNER),
  /** identity: the administrator (password from HUIFANG_ADMIN_PASSWORD, or generated and logged once). */
  ADMINISTRATOR(Phase.RUNNER),
  /** identity: each process's {@code ProcessAccess}: who starts, works on and reads it. */
  AUTHORIZATIONS(Phase.RUNNER),
  /** identity: the Tasklist filters every group gets. */
  TASK_FILTERS(Phase.RUNNER),
  /**
   * office: a tenant per management office, the company roles members of each; when the default office's tenant is
   * new (the first start with offices), every user of no office joins it.
   */
  OFFICES(Phase.RUNNER),
  /** office: cases from before offices (no tenant) into the default office; nothing after the first time. */
  DEFAULT_OFFICE(Phase.RUNNER),
  /** identity, demo mode: one user per group, and the second office's staff. */
  DEMO_USERS(Phase.RUNNER),
  /** office, demo mode: the second office and its project, and each demo user in their office (needs the users). */
  DEMO_OFFICES(Phase.RUNNER),
  /** mall: a group per registered merchant, its staff in it (needs the users). */
  MERCHANT_GROUPS(Phase.RUNNER),
  /** owner, demo mode: the demo owner register. */
  DEMO_OWNERS(Phase.RUNNER),
  /** revisit, demo mode: revisits due tomorrow, within the hour and overdue. */
  DEMO_REVISITS(Phase.RUNNER),
  /** complaint, demo mode: complaints at different stages (their intake finds the demo owners' phones). */
  DEMO_COMPLAINTS(Phase.RUNNER),
  /**
   * complaint, demo mode: the past 12 months' closed complaints with their revisits, for the KPI trends (the engine's
   * clock set back while they run).
   */
  DEMO_COMPLAINT_HISTORY(Phase.RUNNER),
  /** warranty, demo mode: three renovation warranties. */
  DEMO_WARRANTIES(Phase.RUNNER),
  /** errand, demo mode: five errands. */
  DEMO_ERRANDS(Phase.RUNNER),
  /** mall, demo mode: the register's merchants and four purchases (needs the merchant groups). */
  DEMO_MALL(Phase.RUNNER),
  /** procurement, demo mode: a year of purchases, last quarter but one sampled and revisited, last quarter sampled. */
  DEMO_PROCUREMENT(Phase.RUNNER),
  /** repair, demo mode: five repair requests at different stages, one late, one chargeable. */
  DEMO_REPAIRS(Phase.RUNNER),
  /**
   * repair, demo mode: the past 12 months' closed repair requests with their revisits, for the repair KPI trends (the
   * engine's clock set back while they run).
   */
  DEMO_REPAIR_HISTORY(Phase.RUNNER),
  /** survey, demo mode: last year's customer survey of 翠湖花园 finished and closed out, this year's collecting. */
  DEMO_SURVEYS(Phase.RUNNER),
  /** kpi: the read model filled from history where it lacks a row (after the demo cases, which it counts). */
  KPI_BACKFILL(Phase.RUNNER);

  /** When a step runs: while the application context starts, or after it, as a {@link StartupWork} bean. */
  public enum Phase { CONTEXT, RUNNER }

  private final Phase phase;

  StartupStep(Phase phase) {
    this.phase = phase;
  }

  public Phase phase() {
    return phase;
  }
}
