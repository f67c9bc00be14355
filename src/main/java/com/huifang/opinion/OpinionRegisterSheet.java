package com.huifang.opinion;

import com.huifang.complaint.Complaint;
import com.huifang.complaint.ComplaintLabels;
import com.huifang.engine.EngineUsers;
import com.huifang.engine.HistoryVariables;
import com.huifang.engine.HuifangProperties;
import com.huifang.kpi.RegisterSheet;
import com.huifang.kpi.RegisterSheet.Column;
import com.huifang.repair.Repair;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.springframework.stereotype.Service;

/**
 * 顾客意见登记表 (S4) of one month and some offices (null: the company's), as .xlsx: the entries staff recorded, and by
 * reference the complaints and suggestions (客户投诉登记表's cases) and the repair requests (报修受理记录's) received in the
 * month, each with its case number; all in the order received. People by name, not login id.
 */
@Service
class OpinionRegisterSheet {

  static final List<Column> COLUMNS = List.of(new Column("序号", 6), new Column("编号", 18), new Column("反馈时间", 17),
      new Column("来源", 14), new Column("类别", 9), new Column("顾客姓名", 10), new Column("房号", 14),
      new Column("联系电话", 14), new Column("意见内容", 40), new Column("处理情况", 36), new Column("登记人", 12));
  static final String REPAIR = "报修";
  static final String IN_PROGRESS = "处理中";
  static final String REPAIR_DONE = "已修复,见报修受理记录";
  private static final int MAX_CASES = 5000;

  private final OpinionEntries entries;
  private final HistoryService history;
  private final IdentityService identity;
  private final HuifangProperties properties;

  OpinionRegisterSheet(OpinionEntries entries, HistoryService history, IdentityService identity,
      HuifangProperties properties) {
    this.entries = entries;
    this.history = history;
    this.identity = identity;
    this.properties = properties;
  }

  /** One row of the register, before it is numbered. */
  record Row(String number, Date receivedAt, String source, String kind, String ownerName, String unit, String phone,
      String content, String action, String recordedBy) {}

  /** The rows of the month, in the order received. */
  List<Row> rows(YearMonth month, List<String> offices) {
    Date start = Date.from(month.atDay(1).atStartOfDay(properties.zone()).toInstant());
    Date end = Date.from(month.plusMonths(1).atDay(1).atStartOfDay(properties.zone()).toInstant());
    Map<String, String> names = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (OpinionEntry e : entries.received(start, end, offices)) {
      rows.add(new Row(e.entryNumber(), e.receivedAt(), OpinionRegister.SOURCES.getOrDefault(e.source(), e.source()),
          OpinionRegister.KINDS.getOrDefault(e.kind(), e.kind()), e.ownerName(), e.unit(), e.phone(), e.content(),
          e.actionTaken(), nameOf(e.recordedBy(), names)));
    }
    HistoryVariables.asCompany(identity, () -> {
      complaints(start, end, offices, names, rows);
      repairs(start, end, offices, names, rows);
      return null;
    });
    rows.sort(Comparator.comparing(Row::receivedAt).thenComparing(Row::number));
    return rows;
  }

  void write(YearMonth month, List<String> offices, OutputStream out) {
    try (RegisterSheet sheet = new RegisterSheet(OpinionRegister.TITLE, month.toString(), COLUMNS, properties.zone())) {
      for (Row r : rows(month, offices)) {
        sheet.row(r.number(), r.receivedAt(), r.source(), r.kind(), r.ownerName(), r.unit(), r.phone(), r.content(),
            r.action(), r.recordedBy());
      }
      sheet.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<HistoricProcessInstance> started(String key, Date start, Date end, List<String> offices) {
    HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery().processDefinitionKey(key)
        .startedAfter(new Date(start.getTime() - 1)).startedBefore(end);
    if (offices != null) {
      query.tenantIdIn(offices.toArray(String[]::new));
    }
    return query.orderByProcessInstanceStartTime().asc().listPage(0, MAX_CASES);
  }

  private void complaints(Date start, Date end, List<String> offices, Map<String, String> names, List<Row> rows) {
    List<HistoricProcessInstance> cases = started(Complaint.KEY, start, end, offices);
    var vars = HistoryVariables.ofProcesses(history, cases.stream().map(HistoricProcessInstance::getId).toList(),
        Complaint.Vars.CHANNEL.name(), Complaint.Vars.COMPLAINT_TYPE.name(), Complaint.Vars.OWNER_NAME.name(),
        Complaint.Vars.UNIT.name(), Complaint.Vars.OWNER_PHONE.name(), Complaint.Vars.DESCRIPTION.name(),
        Complaint.Vars.RESOLUTION.name(), Complaint.Vars.FIRST_CONTACT.name(), Complaint.Vars.RECEIVED_AT.name());
    Map<String, String> channels = ComplaintLabels.channels();
    Map<String, String> types = ComplaintLabels.types();
    for (HistoricProcessInstance p : cases) {
      Map<String, Object> v = vars.getOrDefault(p.getId(), Map.of());
      Object resolution = v.get(Complaint.Vars.RESOLUTION.name());
      rows.add(new Row(p.getBusinessKey(), receivedAt(v.get(Complaint.Vars.RECEIVED_AT.name()), p),
          label(channels, v.get(Complaint.Vars.CHANNEL.name())), label(types, v.get(Complaint.Vars.COMPLAINT_TYPE.name())),
          text(v.get(Complaint.Vars.OWNER_NAME.name())), text(v.get(Complaint.Vars.UNIT.name())),
          text(v.get(Complaint.Vars.OWNER_PHONE.name())), text(v.get(Complaint.Vars.DESCRIPTION.name())),
          resolution == null ? IN_PROGRESS : resolution.toString(),
          nameOf(text(v.get(Complaint.Vars.FIRST_CONTACT.name())), names)));
    }
  }

  private void repairs(Date start, Date end, List<String> offices, Map<String, String> names, List<Row> rows) {
    List<HistoricProcessInstance> cases = started(Repair.KEY, start, end, offices);
    var vars = HistoryVariables.ofProcesses(history, cases.stream().map(HistoricProcessInstance::getId).toList(),
        Repair.Vars.CHANNEL_LABEL.name(), Repair.Vars.OWNER_NAME.name(), Repair.Vars.UNIT.name(),
        Repair.Vars.OWNER_PHONE.name(), Repair.Vars.DESCRIPTION.name(), Repair.Vars.FIRST_CONTACT.name(),
        Repair.Vars.RECEIVED_AT.name());
    for (HistoricProcessInstance p : cases) {
      Map<String, Object> v = vars.getOrDefault(p.getId(), Map.of());
      rows.add(new Row(p.getBusinessKey(), receivedAt(v.get(Repair.Vars.RECEIVED_AT.name()), p),
          text(v.get(Repair.Vars.CHANNEL_LABEL.name())), REPAIR, text(v.get(Repair.Vars.OWNER_NAME.name())),
          text(v.get(Repair.Vars.UNIT.name())), text(v.get(Repair.Vars.OWNER_PHONE.name())),
          text(v.get(Repair.Vars.DESCRIPTION.name())), p.getEndTime() == null ? IN_PROGRESS : REPAIR_DONE,
          nameOf(text(v.get(Repair.Vars.FIRST_CONTACT.name())), names)));
    }
  }

  private static Date receivedAt(Object recorded, HistoricProcessInstance p) {
    return recorded instanceof Date d ? d : p.getStartTime();
  }

  private static String label(Map<String, String> labels, Object id) {
    return id == null ? null : labels.getOrDefault(id.toString(), id.toString());
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private String nameOf(String userId, Map<String, String> names) {
    return EngineUsers.nameOf(identity, userId, names);
  }
}
