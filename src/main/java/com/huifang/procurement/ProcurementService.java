package com.huifang.procurement;

import com.huifang.engine.HuifangProperties;
import com.huifang.kpi.RegisterSheet;
import com.huifang.kpi.RegisterSheet.Column;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/** Procurement's API: a purchase registered by a buyer (Q1); a half year's 采购物资供方回访表 as .xlsx (Q3, Q5). */
@Service
class ProcurementService {

  static final String SHEET_TITLE = "采购物资供方回访表";
  static final List<Column> COLUMNS = List.of(new Column("序号", 6), new Column("季度", 9), new Column("采购编号", 18),
      new Column("物资名称", 18), new Column("类别", 14), new Column("数量", 8), new Column("单位", 6),
      new Column("实际单价(元)", 12), new Column("供应商", 18), new Column("开票人电话或详细地址", 20),
      new Column("采购部门", 12), new Column("采购日期", 11), new Column("采购人员", 10), new Column("入样理由", 30),
      new Column("回访方式", 12), new Column("回访所得报价", 30), new Column("最低单价(元)", 12),
      new Column("差额(元)", 10), new Column("回访结论", 30), new Column("回访人", 10), new Column("回访时间", 16),
      new Column("有无疑问", 8), new Column("采购人员的解释", 30), new Column("解释是否合理", 10),
      new Column("财务管理部经理处理结果", 30));

  private final RuntimeService runtime;
  private final ProcurementRegister register;
  private final HuifangProperties properties;

  ProcurementService(RuntimeService runtime, ProcurementRegister register, HuifangProperties properties) {
    this.runtime = runtime;
    this.register = register;
    this.properties = properties;
  }

  /** Q3/Q5: every sampled purchase of the half year's quarters with its revisit, one row each. */
  void writeSheet(HalfYear half, OutputStream out) throws IOException {
    try (RegisterSheet sheet = new RegisterSheet(SHEET_TITLE, half.toString(), COLUMNS, properties.zone())) {
      for (ProcurementRegister.SheetRow r : register.sheet(half.quarters())) {
        PurchaseRecord p = r.purchase();
        sheet.row(r.quarter(), p.number(), p.item(), p.category().label(), p.quantity(), p.unit(), p.unitPrice(),
            p.supplier(), p.issuerContact(), p.department(), p.purchasedOn().toString(), p.buyer(), r.reason(),
            r.method() == null ? null : ProcurementSteps.METHODS.get(r.method()), r.pricesFound(), r.lowestPrice(),
            r.difference(), r.conclusion(), r.revisitor(), r.revisitedAt(),
            r.doubt() == null ? null : r.doubt() ? "有" : "无", r.explanation(),
            r.explanationAccepted() == null ? null : r.explanationAccepted() ? "合理" : "不合理", r.financeOutcome());
      }
      sheet.write(out);
    }
  }

  /** The answer to a registered purchase: its number, its case, and whether it is flagged for the issuer's contact. */
  record PurchaseRegistered(String caseNumber, String processInstanceId, boolean issuerContactMissing) {}

  /** Q1: starts the register's case as the calling buyer; the start listener checks it again and numbers it. */
  PurchaseRegistered register(String userId, PurchaseRequest request) {
    Map<String, Object> variables = request.variables();
    variables.put(RegisterPurchaseListener.INITIATOR, userId);
    ProcessInstance instance = runtime.startProcessInstanceByKey(Procurement.PURCHASE_KEY, variables);
    return new PurchaseRegistered(instance.getBusinessKey(), instance.getId(),
        PurchaseRequest.text(request.issuerContact()) == null);
  }
}
