package com.huifang.attachment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who uploaded each attachment, to which case, and its size (table hf_attachment, V13): what Camunda's attachment
 * does not record. Written in the transaction that creates the attachment.
 */
@Component
class AttachmentUploads {

  /** One upload's row. */
  record Upload(String attachmentId, String businessKey, String uploadedBy, long size) {}

  private final NamedParameterJdbcTemplate jdbc;

  AttachmentUploads(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void record(Upload upload, Instant at) {
    jdbc.update("insert into hf_attachment (attachment_id, business_key, uploaded_by, size_bytes, created_at)"
        + " values (:id, :key, :user, :size, :at)", Map.of("id", upload.attachmentId(), "key", upload.businessKey(),
            "user", upload.uploadedBy(), "size", upload.size(), "at", Timestamp.from(at)));
  }

  /** The rows of these attachments, by attachment id. */
  Map<String, Upload> of(Collection<String> attachmentIds) {
    Map<String, Upload> rows = new HashMap<>();
    if (attachmentIds.isEmpty()) {
      return rows;
    }
    jdbc.query("select attachment_id, business_key, uploaded_by, size_bytes from hf_attachment"
        + " where attachment_id in (:ids)", Map.of("ids", attachmentIds), rs -> {
          rows.put(rs.getString(1), new Upload(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
        });
    return rows;
  }
}
