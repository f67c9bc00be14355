package com.huifang.office;

import com.huifang.engine.CaseTenants;
import com.huifang.engine.InvalidInput;
import com.huifang.identity.StaffGroup;
import com.huifang.owner.OwnerContact;
import com.huifang.owner.OwnerRegister;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The office register (V9: {@code hf_office}, {@code hf_office_project}) and the office of a new case: an office
 * named at intake ({@code officeId}: its id or its name), else the office whose project holds the case's unit in the owner register.
 * Each office is a Camunda tenant of the same id; the company roles are members of every office.
 */
@Service
public class OfficeRegister implements CaseTenants {

  /** The office that exists from the start and holds every case from before offices (V9). */
  public static final String DEFAULT_OFFICE = "main";
  /** The roles above the offices: members of every office's tenant (besides camunda-admin, who passes every check). */
  static final List<String> COMPANY_GROUPS = List.of(StaffGroup.GENERAL_MANAGER.id(), StaffGroup.MANAGEMENT_REP.id(),
      Groups.CAMUNDA_ADMIN);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final OwnerRegister owners;
  private final IdentityService identity;

  OfficeRegister(JdbcTemplate jdbc, PlatformTransactionManager transactions, OwnerRegister owners,
      IdentityService identity) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.owners = owners;
    this.identity = identity;
  }

  /** Every office with its projects, by id. */
  public List<Office> all() {
    Map<String, String[]> offices = new LinkedHashMap<>();
    jdbc.query("select id, name, opens, closes from hf_office order by id", rs -> {
      offices.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
    });
    Map<String, List<String>> projects = new LinkedHashMap<>();
    jdbc.query("select office_id, project from hf_office_project order by project",
        rs -> {
          projects.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
        });
    return offices.entrySet().stream()
        .map(e -> new Office(e.getKey(), e.getValue()[0], projects.getOrDefault(e.getKey(), List.of()),
            time(e.getValue()[1]), time(e.getValue()[2])))
        .toList();
  }

  private static LocalTime time(String text) {
    return text == null ? null : LocalTime.parse(text);
  }

  public Optional<Office> find(String id) {
    return all().stream().filter(office -> office.id().equals(id)).findFirst();
  }

  /**
   * Adds or changes an office: its name, its office hours (none: the company's), the projects it manages (a project
   * moves here from another office; projects it had stay), and its tenant with the company roles as members. Cases
   * already open keep their office.
   */
  public void save(Office office) {
    transaction.executeWithoutResult(status -> {
      String opens = office.ownHours() ? office.opens().toString() : null;
      String closes = office.ownHours() ? office.closes().toString() : null;
      if (jdbc.update("update hf_office set name = ?, opens = ?, closes = ? where id = ?", office.name(), opens, closes,
          office.id()) == 0) {
        jdbc.update("insert into hf_office (id, name, opens, closes) values (?, ?, ?, ?)", office.id(), office.name(),
            opens, closes);
      }
      for (String project : office.projects()) {
        if (jdbc.update("update hf_office_project set office_id = ? where project = ?", office.id(), project) == 0) {
          jdbc.update("insert into hf_office_project (project, office_id) values (?, ?)", project, office.id());
        }
      }
    });
    ensureTenant(office.id(), office.name());
  }

  /**
   * The office's tenant, named as the office, with every company role as a member. Idempotent.
   *
   * @return whether the tenant was new
   */
  boolean ensureTenant(String id, String name) {
    Tenant tenant = identity.createTenantQuery().tenantId(id).singleResult();
    boolean created = tenant == null;
    if (created) {
      tenant = identity.newTenant(id);
    }
    if (created || !name.equals(tenant.getName())) {
      tenant.setName(name);
      identity.saveTenant(tenant);
    }
    for (String group : COMPANY_GROUPS) {
      if (identity.createGroupQuery().groupId(group).count() > 0
          && identity.createTenantQuery().tenantId(id).groupMember(group).count() == 0) {
        identity.createTenantGroupMembership(id, group);
      }
    }
    return created;
  }

  /** Makes the user a member of the office (idempotent). */
  public void addMember(String officeId, String userId) {
    if (identity.createTenantQuery().tenantId(officeId).userMember(userId).count() == 0) {
      identity.createTenantUserMembership(officeId, userId);
    }
  }

  @Override
  public Optional<String> named(Map<String, Object> variables) {
    if (!(variables.get(OFFICE_ID) instanceof String id) || id.isBlank()) {
      return Optional.empty();
    }
    // the id, or the office's name as staff know it (a start form in Tasklist offers no list to choose from)
    List<String> known = jdbc.queryForList("select id from hf_office where id = ? or name = ? order by id",
        String.class, id.trim(), id.trim());
    new InvalidInput().require(!known.isEmpty(), OFFICE_ID, "管理处不存在:" + id.trim() + "。现有管理处:"
        + String.join("、", all().stream().map(office -> office.name() + "(" + office.id() + ")").toList()))
        .throwIfAny();
    return Optional.of(known.contains(id.trim()) ? id.trim() : known.get(0));
  }

  @Override
  public Optional<String> ofUnit(Map<String, Object> variables) {
    if (!(variables.get("unit") instanceof String unit)) {
      // a case of a whole project (the customer survey's start form names the project, issue 27 item 4)
      return variables.get("project") instanceof String project ? officeOfProject(project.strip()) : Optional.empty();
    }
    return owners.findByUnit(unit).map(OwnerContact::project).flatMap(this::officeOfProject);
  }

  @Override
  public Optional<String> ofProject(String project) {
    return project == null ? Optional.empty() : officeOfProject(project);
  }

  /** The office that manages the project, if one does. */
  public Optional<String> officeOfProject(String project) {
    return jdbc.queryForList("select office_id from hf_office_project where project = ?", String.class, project)
        .stream().findFirst();
  }

  @Override
  public String defaultTenant() {
    return DEFAULT_OFFICE;
  }

  /** The ids of the offices the user is a member of (directly or through a group), sorted. */
  public List<String> officesOf(String userId) {
    return identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).orderByTenantId().asc().list()
        .stream().map(Tenant::getId).flatMap(Stream::of).toList();
  }
}
