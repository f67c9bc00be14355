package com.huifang.complaint.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Idempotency keys of the intake API (table hf_idempotency_key): per user, the first answer to a key.
 * {@link #claim} runs in the transaction that starts the process, so the key and the case commit or roll
 * back together; a concurrent claim of the same key waits on the unique index and then fails.
 */
@Component
class IdempotencyKeys {

  static final int MAX_KEY = 200;

  record Answer(int status, String body) {}

  private final JdbcTemplate jdbc;

  IdempotencyKeys(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Answer> find(String key, String userId) {
    return jdbc.query("select response_status, response_body from hf_idempotency_key where idem_key = ? and user_id = ?",
        (rs, n) -> new Answer(rs.getInt(1), rs.getString(2)), key, userId).stream().findFirst();
  }

  /** Takes the key for this user (a placeholder answer); fails with a duplicate key if it is taken. */
  void claim(String key, String userId) {
    jdbc.update("insert into hf_idempotency_key (idem_key, user_id, response_status, response_body, created_at)"
        + " values (?, ?, 0, null, ?)", key, userId, Timestamp.from(Instant.now()));
  }

  void answer(String key, String userId, Answer answer) {
    jdbc.update("update hf_idempotency_key set response_status = ?, response_body = ? where idem_key = ? and user_id = ?",
        answer.status(), answer.body(), key, userId);
  }
}
