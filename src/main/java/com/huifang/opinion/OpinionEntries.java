package com.huifang.opinion;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The recorded entries of the opinion register (V15, hf_opinion_entry). */
@Repository
class OpinionEntries {

  private final JdbcTemplate jdbc;

  OpinionEntries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the entry unless one of its number is there (a retried job writes no double). */
  void insert(OpinionEntry e) {
    jdbc.update("""
        insert into hf_opinion_entry (entry_number, office_id, received_at, source, kind, owner_name, unit, phone,
          content, action_taken, recorded_by, proc_inst_id)
        select cast(? as varchar(32)), cast(? as varchar(64)), cast(? as timestamp), cast(? as varchar(32)),
          cast(? as varchar(32)), cast(? as varchar(100)), cast(? as varchar(64)), cast(? as varchar(32)),
          cast(? as varchar(2000)), cast(? as varchar(2000)), cast(? as varchar(64)), cast(? as varchar(64))
        where not exists (select 1 from hf_opinion_entry where entry_number = ?)""",
        e.entryNumber(), e.officeId(), new Timestamp(e.receivedAt().getTime()), e.source(), e.kind(), e.ownerName(),
        e.unit(), e.phone(), e.content(), e.actionTaken(), e.recordedBy(), e.processInstanceId(), e.entryNumber());
  }

  /** The entries received in [start, end), of the given offices (null: the company's), oldest first. */
  List<OpinionEntry> received(Date start, Date end, List<String> offices) {
    List<Object> arguments = new ArrayList<>(List.of(new Timestamp(start.getTime()), new Timestamp(end.getTime())));
    String ofOffices = "";
    if (offices != null) {
      ofOffices = " and office_id in (" + String.join(", ", Collections.nCopies(Math.max(1, offices.size()), "?")) + ")";
      arguments.addAll(offices.isEmpty() ? Collections.singletonList(null) : offices);
    }
    return jdbc.query("""
        select entry_number, office_id, received_at, source, kind, owner_name, unit, phone, content, action_taken,
          recorded_by, proc_inst_id
        from hf_opinion_entry where received_at >= ? and received_at < ?""" + ofOffices
        + " order by received_at, entry_number",
        (rs, i) -> new OpinionEntry(rs.getString(1), rs.getString(2), rs.getTimestamp(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
            rs.getString(11), rs.getString(12)),
        arguments.toArray());
  }
}
