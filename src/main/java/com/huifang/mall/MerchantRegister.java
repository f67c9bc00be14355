package com.huifang.mall;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The mall's own tables (V4__mall.sql): the merchant staff register kept at the service desk (M3), the
 * score of each feedback form (M6) and the penalties for forged signatures (M5).
 */
@Repository
public class MerchantRegister {

  record Merchant(String id, String name) {}

  record Staff(String id, String merchantId, String name, boolean certified, String userId) {}

  record Score(String formNumber, String caseNumber, String merchantId, String service, int score, String reason,
      boolean registeredAtDesk, boolean serverCertified, boolean formReturned, Boolean signatureGenuine,
      String customerRating, Instant scoredAt) {}

  record Penalty(String formNumber, String caseNumber, String merchantId, String reason, String note,
      Instant recordedAt) {}

  private final JdbcTemplate jdbc;

  public MerchantRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Merchant> merchant(String id) {
    return jdbc.query("select id, name from mall_merchant where id = ?",
        (rs, i) -> new Merchant(rs.getString("id"), rs.getString("name")), id).stream().findFirst();
  }

  List<Merchant> merchants() {
    return jdbc.query("select id, name from mall_merchant order by id",
        (rs, i) -> new Merchant(rs.getString("id"), rs.getString("name")));
  }

  List<Staff> staffOf(String merchantId) {
    return jdbc.query("select * from mall_merchant_staff where merchant_id = ? order by id", this::staff, merchantId);
  }

  List<Staff> allStaff() {
    return jdbc.query("select * from mall_merchant_staff order by id", this::staff);
  }

  void addMerchant(String id, String name) {
    jdbc.update("insert into mall_merchant (id, name) values (?, ?)", id, name);
  }

  void addStaff(Staff staff) {
    jdbc.update("insert into mall_merchant_staff (id, merchant_id, name, certified, user_id) values (?, ?, ?, ?, ?)",
        staff.id(), staff.merchantId(), staff.name(), staff.certified(), staff.userId());
  }

  void saveScore(Score s) {
    jdbc.update("insert into mall_feedback_score (form_number, case_number, merchant_id, service, score, reason,"
            + " registered_at_desk, server_certified, form_returned, signature_genuine, customer_rating, scored_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s.formNumber(), s.caseNumber(), s.merchantId(), s.service(), s.score(), s.reason(), s.registeredAtDesk(),
        s.serverCertified(), s.formReturned(), s.signatureGenuine(), s.customerRating(), Timestamp.from(s.scoredAt()));
  }

  /** The scores of one merchant recorded in [from, to). */
  List<Score> scores(String merchantId, Instant from, Instant to) {
    return jdbc.query("select * from mall_feedback_score where merchant_id = ? and scored_at >= ? and scored_at < ?"
            + " order by scored_at, form_number",
        (rs, i) -> new Score(rs.getString("form_number"), rs.getString("case_number"), rs.getString("merchant_id"),
            rs.getString("service"), rs.getInt("score"), rs.getString("reason"), rs.getBoolean("registered_at_desk"),
            rs.getBoolean("server_certified"), rs.getBoolean("form_returned"),
            (Boolean) rs.getObject("signature_genuine"), rs.getString("customer_rating"),
            rs.getTimestamp("scored_at").toInstant()),
        merchantId, Timestamp.from(from), Timestamp.from(to));
  }

  void savePenalty(Penalty p) {
    jdbc.update("insert into mall_penalty (form_number, case_number, merchant_id, reason, note, recorded_at)"
            + " values (?, ?, ?, ?, ?, ?)",
        p.formNumber(), p.caseNumber(), p.merchantId(), p.reason(), p.note(), Timestamp.from(p.recordedAt()));
  }

  List<Penalty> penalties(String merchantId, Instant from, Instant to) {
    return jdbc.query("select * from mall_penalty where merchant_id = ? and recorded_at >= ? and recorded_at < ?"
            + " order by recorded_at, form_number",
        (rs, i) -> new Penalty(rs.getString("form_number"), rs.getString("case_number"), rs.getString("merchant_id"),
            rs.getString("reason"), rs.getString("note"), rs.getTimestamp("recorded_at").toInstant()),
        merchantId, Timestamp.from(from), Timestamp.from(to));
  }

  private Staff staff(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Staff(rs.getString("id"), rs.getString("merchant_id"), rs.getString("name"),
        rs.getBoolean("certified"), rs.getString("user_id"));
  }
}
