package com.huifang.specialrevisit;

import com.huifang.engine.CaseTenants;
import com.huifang.engine.InvalidInput;
import com.huifang.owner.OwnerContact;
import com.huifang.owner.OwnerRegister;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * S5 on plain values: the households of a campaign, from the owner register of the campaign's own office: the pasted
 * units, or every unit of a project (of one building when given). Refused field by field: no reason or subject,
 * neither units nor project, units the register does not know or of another office, a selection of no household.
 */
@Service
class SpecialRevisitSteps {

  static final int MAX_HOUSEHOLDS = 2000;

  private final OwnerRegister owners;
  private final CaseTenants offices;

  SpecialRevisitSteps(OwnerRegister owners, CaseTenants offices) {
    this.owners = owners;
    this.offices = offices;
  }

  /** The chosen owners, in the order given (pasted) or of the register (project). */
  List<OwnerContact> select(String reason, String subject, String project, String building, String units,
      String office) {
    var errors = new InvalidInput()
        .require(reason != null && SpecialRevisit.REASONS.containsKey(reason), SpecialRevisit.Vars.REASON.name(),
            "请选择专项回访的事由")
        .require(hasText(subject), SpecialRevisit.Vars.SUBJECT.name(), "请填写回访事项")
        .require(hasText(units) || hasText(project), SpecialRevisit.Vars.PROJECT.name(),
            "请选择项目(可加楼栋),或粘贴回访住户的房号");
    errors.throwIfAny();
    List<OwnerContact> chosen = hasText(units) ? pasted(units, office) : ofProject(project.strip(), building, office);
    new InvalidInput().require(chosen.size() <= MAX_HOUSEHOLDS, SpecialRevisit.Vars.UNITS.name(),
        "一次专项回访最多" + MAX_HOUSEHOLDS + "户").throwIfAny();
    return chosen;
  }

  private List<OwnerContact> pasted(String units, String office) {
    Set<String> given = new LinkedHashSet<>();
    Arrays.stream(units.split("[\\n,,;;]")).map(String::strip).filter(u -> !u.isEmpty()).forEach(given::add);
    List<OwnerContact> chosen = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String unit : given) {
      var owner = owners.findByUnit(unit).filter(o -> ofOffice(o, office));
      owner.ifPresentOrElse(chosen::add, () -> unknown.add(unit));
    }
    new InvalidInput()
        .require(unknown.isEmpty(), SpecialRevisit.Vars.UNITS.name(),
            "业主联系册中没有本管理处的这些房号:" + String.join("、", unknown))
        .require(!given.isEmpty(), SpecialRevisit.Vars.UNITS.name(), "请粘贴回访住户的房号,每行一个")
        .throwIfAny();
    return chosen;
  }

  private List<OwnerContact> ofProject(String project, String building, String office) {
    new InvalidInput().require(office == null || office.equals(offices.ofProject(project).orElse(offices.defaultTenant())),
        SpecialRevisit.Vars.PROJECT.name(), "项目" + project + "不属于本管理处").throwIfAny();
    List<OwnerContact> chosen = owners.byProject().getOrDefault(project, List.of()).stream()
        .filter(o -> !hasText(building) || o.unit().startsWith(building.strip())).toList();
    new InvalidInput().require(!chosen.isEmpty(), hasText(building) ? SpecialRevisit.Vars.BUILDING.name()
        : SpecialRevisit.Vars.PROJECT.name(), "业主联系册中该项目" + (hasText(building) ? "楼栋" : "") + "没有住户")
        .throwIfAny();
    return chosen;
  }

  private boolean ofOffice(OwnerContact owner, String office) {
    if (office == null) {
      return true;
    }
    String ownersOffice = owner.project() == null ? offices.defaultTenant()
        : offices.ofProject(owner.project()).orElse(offices.defaultTenant());
    return office.equals(ownersOffice);
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
