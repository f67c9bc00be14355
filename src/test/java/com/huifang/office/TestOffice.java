package com.huifang.office;

import com.huifang.owner.OwnerRegister;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;

/** A second office for a test: its own id, project and one unit with an owner in the register, unique per run. */
record TestOffice(OfficeRegister offices, String id, String project, String unit, String run) {

  /** Registers office {@code prefix…} named {@code name…} with project {@code project…} and unit {@code unit…}. */
  static TestOffice create(OfficeRegister offices, OwnerRegister owners, String prefix, String name, String project,
      String unit, String owner, String phone) {
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    TestOffice office = new TestOffice(offices, prefix + run, project + run, unit + run, run);
    offices.save(new Office(office.id(), name + run, List.of(office.project())));
    owners.importCsv(new StringReader("unit,owner_name,phone,project\n" + office.unit() + "," + owner + "," + phone + ","
        + office.project() + "\n"));
    return office;
  }

  /** Makes {@code userId} a member of this office; returns it. */
  String member(String userId) {
    offices.addMember(id, userId);
    return userId;
  }
}
