package com.huifang.identity;

import java.util.Arrays;
import java.util.Optional;

/** The staff groups of SPEC "Roles", with their Chinese names as staff see them in Tasklist and Admin. */
public enum StaffGroup {
  CUSTOMER_SERVICE("customer-service", "客户服务中心"),
  CONTROL_CENTER("control-center", "消防监控中心"),
  HOUSEKEEPER("housekeeper", "物业管家"),
  SENIOR_HOUSEKEEPER("senior-housekeeper", "物业大管家"),
  CHIEF_HOUSEKEEPER("chief-housekeeper", "首席物业管家"),
  OFFICE_MANAGER("office-manager", "管理处经理"),
  GENERAL_MANAGER("general-manager", "分公司总经理"),
  MANAGEMENT_REP("management-rep", "管理者代表"),
  DEPT_ENGINEERING("dept-engineering", "工程部"),
  DEPT_SECURITY("dept-security", "秩序部"),
  DEPT_CLEANING("dept-cleaning", "保洁部"),
  DEPT_GREENING("dept-greening", "绿化部"),
  DUTY_SUPERVISOR("duty-supervisor", "当值主管"),
  MALL_SERVICE_DESK("mall-service-desk", "建材城客服中心"),
  MERCHANT("merchant", "商户"),
  WARRANTY_SERVICE("warranty-service", "装饰公司维修服务部"),
  FINANCE("finance", "财务管理部"),
  FINANCE_MANAGER("finance-manager", "财务管理部经理"),
  BUYER("buyer", "采购人员");

  /** Group type shown in Camunda Admin. */
  public static final String TYPE = "WORKFLOW";

  private final String id;
  private final String chineseName;

  StaffGroup(String id, String chineseName) {
    this.id = id;
    this.chineseName = chineseName;
  }

  public String id() {
    return id;
  }

  public String chineseName() {
    return chineseName;
  }

  /** Managers read every process instance and its history in Cockpit, and change nothing. */
  public boolean readsEverything() {
    return this == OFFICE_MANAGER || this == GENERAL_MANAGER;
  }

  /** A role above the management offices (issue 27): its members belong to every office. */
  public boolean isCompanyRole() {
    return this == GENERAL_MANAGER || this == MANAGEMENT_REP;
  }

  public static Optional<StaffGroup> byId(String id) {
    return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
  }
}
