package com.huifang.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The idempotency keys of the JSON API (table hf_idempotency_key): per user and key, the request it was first used
 * for (a hash of its method, path and normalised body) and the answer it got. {@link #claim} runs in the transaction
 * of the request's work, so the key and the work commit or roll back together; a concurrent claim of the same key
 * waits on the unique index and then fails. A key expires after the retention ({@code huifang.idempotency.retention}).
 */
@Component
class IdempotencyKeys {

  static final int MAX_KEY = 200;

  /** A key's row: its request and, once the work committed, the answer (status 0 while it is being worked on). */
  record Stored(String requestHash, int status, String location, String body, Instant expiresAt) {

    /** A row written before requests were hashed (V8) matches any request. */
    boolean sameRequest(String hash) {
      return requestHash == null || requestHash.equals(hash);
    }
  }

  private final JdbcTemplate jdbc;

  IdempotencyKeys(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The key's row, unless it has expired. */
  Optional<Stored> find(String key, String userId, Instant now) {
    return jdbc.query("select request_hash, response_status, response_location, response_body, expires_at"
            + " from hf_idempotency_key where idem_key = ? and user_id = ?",
        (rs, n) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5).toInstant()), key, userId)
        .stream().filter(stored -> stored.expiresAt().isAfter(now)).findFirst();
  }

  /** Takes the key for this user and request (an expired row of it is dropped first); a duplicate key if it is taken. */
  void claim(String key, String userId, String requestHash, String path, Instant now, Instant expiresAt) {
    jdbc.update("delete from hf_idempotency_key where idem_key = ? and user_id = ? and expires_at <= ?",
        key, userId, Timestamp.from(now));
    jdbc.update("insert into hf_idempotency_key (idem_key, user_id, request_hash, request_path, response_status,"
            + " response_body, created_at, expires_at) values (?, ?, ?, ?, 0, null, ?, ?)",
        key, userId, requestHash, path, Timestamp.from(now), Timestamp.from(expiresAt));
  }

  void answer(String key, String userId, int status, String location, String body) {
    jdbc.update("update hf_idempotency_key set response_status = ?, response_location = ?, response_body = ?"
        + " where idem_key = ? and user_id = ?", status, location, body, key, userId);
  }

  /** Drops the keys that expired before {@code now}; how many. */
  int purgeExpired(Instant now) {
    return jdbc.update("delete from hf_idempotency_key where expires_at <= ?", Timestamp.from(now));
  }
}
