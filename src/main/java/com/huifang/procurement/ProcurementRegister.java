package com.huifang.procurement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Procurement's own tables (V10__procurement.sql): the purchase register (Q1) and each quarter's sampled purchases
 * with their revisits, the 采购物资供方回访表 (Q2–Q4). Writes join the engine's transaction.
 */
@Repository
class ProcurementRegister {

  /** One sampled purchase's revisit as recorded (Q3, Q4). */
  record Revisit(String method, String pricesFound, BigDecimal lowestPrice, BigDecimal difference, String conclusion,
      String revisitor, boolean doubt) {}

  /** Q5: one row of the 采购物资供方回访表: the sampled purchase and its revisit so far. */
  record SheetRow(String quarter, PurchaseRecord purchase, String reason, String method, String pricesFound,
      BigDecimal lowestPrice, BigDecimal difference, String conclusion, String revisitor, Boolean doubt,
      java.util.Date revisitedAt, String explanation, Boolean explanationAccepted, String financeOutcome,
      java.util.Date closedAt) {}

  private final JdbcTemplate jdbc;

  ProcurementRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void add(PurchaseRecord p, Instant registeredAt) {
    jdbc.update("insert into hf_procurement_purchase (purchase_number, item, item_key, category, quantity, unit,"
            + " unit_price, supplier, issuer_contact, department, purchased_on, buyer, registered_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        p.number(), p.item(), p.itemKey(), p.category().code(), p.quantity(), p.unit(), p.unitPrice(), p.supplier(),
        p.issuerContact(), p.department(), Date.valueOf(p.purchasedOn()), p.buyer(), Timestamp.from(registeredAt));
  }

  /** Q1: the issuer's phone or address, given by the buyer before reimbursement. */
  void completeIssuer(String number, String contact, Instant at) {
    jdbc.update("update hf_procurement_purchase set issuer_contact = ?, issuer_completed_at = ? where purchase_number = ?",
        contact, Timestamp.from(at), number);
  }

  Optional<PurchaseRecord> purchase(String number) {
    return jdbc.query("select * from hf_procurement_purchase where purchase_number = ?", this::purchaseRow, number)
        .stream().findFirst();
  }

  /** Purchases made in [from, to), by number. */
  List<PurchaseRecord> purchasedBetween(LocalDate from, LocalDate to) {
    return jdbc.query("select * from hf_procurement_purchase where purchased_on >= ? and purchased_on < ?"
        + " order by purchase_number", this::purchaseRow, Date.valueOf(from), Date.valueOf(to));
  }

  /** The kinds of item sampled for a quarter (by every draw of it). */
  Set<String> sampledKinds(Quarter quarter) {
    return new HashSet<>(jdbc.queryForList("select item_key from hf_procurement_sample_item where quarter = ?",
        String.class, quarter.toString()));
  }

  void addSampled(String sampleId, Quarter quarter, ProcurementSample.Sampled sampled) {
    jdbc.update("insert into hf_procurement_sample_item (sample_id, purchase_number, quarter, item_key, reason)"
            + " values (?, ?, ?, ?, ?)", sampleId, sampled.purchase().number(), quarter.toString(),
        sampled.purchase().itemKey(), sampled.reason());
  }

  void recordRevisit(String sampleId, String number, Revisit r, Instant at) {
    update(jdbc.update("update hf_procurement_sample_item set method = ?, prices_found = ?, lowest_price = ?,"
            + " difference = ?, conclusion = ?, revisitor = ?, doubt = ?, revisited_at = ?, closed_at = ?"
            + " where sample_id = ? and purchase_number = ?", r.method(), r.pricesFound(), r.lowestPrice(),
        r.difference(), r.conclusion(), r.revisitor(), r.doubt(), Timestamp.from(at),
        r.doubt() ? null : Timestamp.from(at), sampleId, number), sampleId, number);
  }

  void recordExplanation(String sampleId, String number, String explanation) {
    update(jdbc.update("update hf_procurement_sample_item set explanation = ? where sample_id = ? and purchase_number = ?",
        explanation, sampleId, number), sampleId, number);
  }

  void recordAssessment(String sampleId, String number, boolean accepted, Instant at) {
    update(jdbc.update("update hf_procurement_sample_item set explanation_accepted = ?, closed_at = ?"
            + " where sample_id = ? and purchase_number = ?", accepted, accepted ? Timestamp.from(at) : null,
        sampleId, number), sampleId, number);
  }

  void recordOutcome(String sampleId, String number, String outcome, Instant at) {
    update(jdbc.update("update hf_procurement_sample_item set finance_outcome = ?, closed_at = ?"
            + " where sample_id = ? and purchase_number = ?", outcome, Timestamp.from(at), sampleId, number),
        sampleId, number);
  }

  /** One sampled purchase's row of the 采购物资供方回访表, column → value (lower-case names). */
  java.util.Map<String, Object> sampledRow(String sampleId, String number) {
    java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
    jdbc.queryForMap("select * from hf_procurement_sample_item where sample_id = ? and purchase_number = ?", sampleId,
        number).forEach((column, value) -> row.put(column.toLowerCase(java.util.Locale.ROOT), value));
    return row;
  }

  /** Q5: the sampled purchases of the quarters with their revisits, by quarter and purchase number. */
  List<SheetRow> sheet(List<Quarter> quarters) {
    String in = String.join(", ", java.util.Collections.nCopies(quarters.size(), "?"));
    return jdbc.query("select s.quarter, s.reason, s.method, s.prices_found, s.lowest_price, s.difference,"
            + " s.conclusion, s.revisitor, s.doubt, s.revisited_at, s.explanation, s.explanation_accepted,"
            + " s.finance_outcome, s.closed_at, p.* from hf_procurement_sample_item s"
            + " join hf_procurement_purchase p on p.purchase_number = s.purchase_number where s.quarter in (" + in + ")"
            + " order by s.quarter, s.purchase_number, s.sample_id",
        (rs, i) -> new SheetRow(rs.getString("quarter"), purchaseRow(rs, i), rs.getString("reason"),
            rs.getString("method"), rs.getString("prices_found"), rs.getBigDecimal("lowest_price"),
            rs.getBigDecimal("difference"), rs.getString("conclusion"), rs.getString("revisitor"),
            (Boolean) rs.getObject("doubt"), rs.getTimestamp("revisited_at"), rs.getString("explanation"),
            (Boolean) rs.getObject("explanation_accepted"), rs.getString("finance_outcome"),
            rs.getTimestamp("closed_at")),
        quarters.stream().map(Quarter::toString).toArray());
  }

  private static void update(int rows, String sampleId, String number) {
    if (rows != 1) {
      throw new IllegalStateException("no sampled purchase " + number + " in sample " + sampleId);
    }
  }

  private PurchaseRecord purchaseRow(ResultSet rs, int row) throws SQLException {
    return new PurchaseRecord(rs.getString("purchase_number"), rs.getString("item"),
        Category.byCode(rs.getString("category")).orElseThrow(), rs.getBigDecimal("quantity"), rs.getString("unit"),
        rs.getBigDecimal("unit_price"), rs.getString("supplier"), rs.getString("issuer_contact"),
        rs.getString("department"), rs.getDate("purchased_on").toLocalDate(), rs.getString("buyer"));
  }
}
