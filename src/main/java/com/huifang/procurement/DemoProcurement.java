package com.huifang.procurement;

import static com.huifang.procurement.Procurement.Vars.*;

import com.huifang.engine.DemoCases;
import com.huifang.engine.EngineClock;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.StartupStep;
import com.huifang.engine.StartupWork;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the buyer caigou's purchases of the last four quarters and of this one (8 kinds of cleaning
 * supplies, 7 of repair materials, 6 of engineering materials, 5 of office supplies each quarter, a few assets, and a
 * water tap whose price jumped last quarter); the sample of the quarter before last drawn and revisited (one doubt
 * escalated to the finance manager); last quarter's sample drawn, its revisits waiting for finance (caiwu), its
 * explanation showing the kinds left out because they were sampled the quarter before (Q2); and two purchases
 * registered in Tasklist's way, one without the invoice issuer's phone, waiting for caigou (Q1).
 */
@Component
class DemoProcurement implements StartupWork {

  static final String BUYER = "caigou";

  /** One kind: name, category, unit, unit price, quantity, supplier, department. */
  record Kind(String item, Category category, String unit, String price, int quantity, String supplier,
      String department) {}

  static final List<Kind> KINDS = List.of(
      new Kind("84消毒液", Category.CLEANING, "瓶", "12.50", 40, "洁康清洁用品商行", "保洁部"),
      new Kind("洗洁精", Category.CLEANING, "桶", "38.00", 10, "洁康清洁用品商行", "保洁部"),
      new Kind("拖把", Category.CLEANING, "把", "25.00", 20, "洁康清洁用品商行", "保洁部"),
      new Kind("垃圾袋", Category.CLEANING, "包", "18.00", 60, "顺发日杂", "保洁部"),
      new Kind("玻璃清洁剂", Category.CLEANING, "瓶", "15.00", 24, "顺发日杂", "保洁部"),
      new Kind("杀虫剂", Category.CLEANING, "瓶", "22.00", 12, "顺发日杂", "保洁部"),
      new Kind("洁厕灵", Category.CLEANING, "瓶", "9.50", 30, "洁康清洁用品商行", "保洁部"),
      new Kind("抹布", Category.CLEANING, "包", "12.00", 20, "顺发日杂", "保洁部"),
      new Kind("水龙头", Category.REPAIR, "个", "45.00", 10, "华强五金", "工程部"),
      new Kind("灯管", Category.REPAIR, "支", "16.00", 50, "明亮电器", "工程部"),
      new Kind("开关面板", Category.REPAIR, "个", "12.00", 30, "明亮电器", "工程部"),
      new Kind("PPR水管", Category.REPAIR, "米", "8.50", 100, "华强五金", "工程部"),
      new Kind("门锁", Category.REPAIR, "把", "85.00", 6, "华强五金", "工程部"),
      new Kind("电线", Category.REPAIR, "卷", "160.00", 4, "明亮电器", "工程部"),
      new Kind("防水胶", Category.REPAIR, "支", "28.00", 20, "华强五金", "工程部"),
      new Kind("水泥", Category.ENGINEERING, "袋", "28.00", 40, "鹏城建材", "工程部"),
      new Kind("河沙", Category.ENGINEERING, "吨", "120.00", 5, "鹏城建材", "工程部"),
      new Kind("瓷砖", Category.ENGINEERING, "箱", "95.00", 20, "鹏城建材", "工程部"),
      new Kind("镀锌钢管", Category.ENGINEERING, "根", "65.00", 15, "鹏城建材", "工程部"),
      new Kind("防水涂料", Category.ENGINEERING, "桶", "260.00", 4, "鹏城建材", "工程部"),
      new Kind("腻子粉", Category.ENGINEERING, "袋", "35.00", 30, "鹏城建材", "工程部"),
      new Kind("A4打印纸", Category.OFFICE, "箱", "125.00", 6, "文汇办公", "管理处办公室"),
      new Kind("签字笔", Category.OFFICE, "盒", "24.00", 10, "文汇办公", "管理处办公室"),
      new Kind("文件夹", Category.OFFICE, "个", "6.00", 50, "文汇办公", "管理处办公室"),
      new Kind("墨盒", Category.OFFICE, "个", "180.00", 4, "文汇办公", "管理处办公室"),
      new Kind("订书机", Category.OFFICE, "个", "28.00", 5, "文汇办公", "管理处办公室"));

  private final ProcurementRegister register;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final DemoCases demoCases;
  private final HuifangProperties properties;
  private int numbers;

  DemoProcurement(ProcurementRegister register, RuntimeService runtime, TaskService tasks, DemoCases demoCases,
      HuifangProperties properties) {
    this.register = register;
    this.runtime = runtime;
    this.tasks = tasks;
    this.demoCases = demoCases;
    this.properties = properties;
  }

  @Override
  public StartupStep step() {
    return StartupStep.DEMO_PROCUREMENT;
  }

  @Override
  public void run() {
    if (!demoCases.toOpen(Procurement.QUARTER_KEY)) {
      return;
    }
    LocalDate today = EngineClock.now().atZone(properties.zone()).toLocalDate();
    Quarter current = Quarter.of(today);
    Quarter last = current.previous();
    Quarter beforeLast = last.previous();
    Quarter quarter = beforeLast.previous().previous();
    for (int q = 0; q < 4; q++, quarter = quarter.next()) {
      for (int k = 0; k < KINDS.size(); k++) {
        Kind kind = KINDS.get(k);
        // the water tap's price jumped last quarter: 45 → 68 yuan (Q2 adds it to the sample)
        String price = quarter.equals(last) && kind.item().equals("水龙头") ? "68.00" : kind.price();
        add(kind, price, kind.quantity() + q, quarter.start().plusDays(3 + k * 2L));
      }
    }
    add(new Kind("复印机", Category.ASSET, "台", "12800.00", 1, "文汇办公", "管理处办公室"), "12800.00", 1,
        beforeLast.start().plusDays(20));
    add(new Kind("笔记本电脑", Category.ASSET, "台", "5800.00", 2, "华强电脑城", "财务管理部"), "5800.00", 2,
        last.start().plusDays(12));
    add(new Kind("分体空调", Category.ASSET, "台", "3200.00", 3, "明亮电器", "管理处办公室"), "3200.00", 3,
        last.start().plusDays(40));
    add(new Kind("拖把", Category.CLEANING, "把", "25.00", 10, "洁康清洁用品商行", "保洁部"), "25.00", 10,
        current.start());

    // the quarter before last: sampled and revisited; one doubt the buyer could not explain went to the manager
    ProcessInstance earlier = draw(beforeLast);
    boolean first = true;
    for (ProcessInstance revisit : runtime.createProcessInstanceQuery().superProcessInstanceId(earlier.getId()).list()) {
      complete(revisit, Map.of("revisitMethod", "phone", "pricesFound", "原供方还价后同价;另一家同价",
          "lowestPrice", new BigDecimal((String) runtime.getVariable(revisit.getId(), UNIT_PRICE.name()))
              .multiply(new BigDecimal(first ? "0.8" : "1")).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
          "conclusion", first ? "实际单价高于市场最低价" : "价格合理", "revisitorSignature", "钱芳", "doubt", first));
      if (first) {
        complete(revisit, Map.of("buyerExplanation", "当时急用,未比价"));
        complete(revisit, Map.of("explanationAccepted", false));
        complete(revisit, Map.of("financeManagerOutcome", "责成采购人员今后每次比价三家,差价从报帐中扣回"));
        first = false;
      }
    }
    // last quarter: the sample finance now revisits (caiwu), drawn when this quarter began: one revisit is already
    // late, one falls due within the hour (即将超时, 已超时)
    List<ProcessInstance> sampled = runtime.createProcessInstanceQuery().superProcessInstanceId(draw(last).getId())
        .orderByProcessInstanceId().asc().list();
    if (sampled.size() >= 2) {
      demoCases.reachedEarlier(sampled.get(0).getId(), Duration.ofDays(15));
      demoCases.dueIn(sampled.get(1).getId(), Duration.ofMinutes(40));
    }

    // registered as in Tasklist: one complete, and two without the issuer's phone waiting for caigou to complete them,
    // one registered two days ago (late), one due within the hour
    runtime.startProcessInstanceByKey(Procurement.PURCHASE_KEY, purchase("0755-26880001"));
    demoCases.dueIn(runtime.startProcessInstanceByKey(Procurement.PURCHASE_KEY, purchase(null)).getId(),
        Duration.ofMinutes(40));
    demoCases.reachedEarlier(runtime.startProcessInstanceByKey(Procurement.PURCHASE_KEY, purchase(null)).getId(),
        Duration.ofDays(2));
  }

  private Map<String, Object> purchase(String issuerContact) {
    var v = new java.util.HashMap<String, Object>(Map.of("item", "灭火器", "category", "engineering", "quantity", "10",
        "unit", "个", "unitPrice", "85.00", "supplier", "安泰消防器材", "department", "工程部",
        "purchasedOn", EngineClock.now().atZone(properties.zone()).toLocalDate().toString(), "initiator", BUYER));
    if (issuerContact != null) {
      v.put(ISSUER_CONTACT.name(), issuerContact);
    }
    v.put(HuifangProperties.Demo.MARKER, true);
    return v;
  }

  private ProcessInstance draw(Quarter quarter) {
    return runtime.startProcessInstanceByKey(Procurement.QUARTER_KEY, Map.of(QUARTER.name(), quarter.toString(),
        HuifangProperties.Demo.MARKER, true));
  }

  private void complete(ProcessInstance instance, Map<String, Object> values) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    tasks.complete(task.getId(), values);
  }

  /** A demo purchase straight onto the register, numbered CG-<its date>-9NNN (real numbers count up from 0001). */
  private void add(Kind kind, String price, int quantity, LocalDate on) {
    numbers++;
    String number = "CG-%s-%04d".formatted(on.toString().replace("-", ""), 9000 + numbers);
    register.add(new PurchaseRecord(number, kind.item(), kind.category(), BigDecimal.valueOf(quantity), kind.unit(),
        new BigDecimal(price), kind.supplier(), "0755-8366" + String.format("%04d", numbers), kind.department(), on,
        BUYER), Instant.now());
  }
}
