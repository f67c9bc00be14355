package com.huifang.backup;

import com.huifang.engine.HuifangProperties;
import com.huifang.engine.EngineClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Online backups of the embedded H2 database, for a small office without a database administrator: H2's
 * {@code BACKUP TO} writes a consistent copy of the database file into a zip while the application keeps working
 * (H2 reads a committed snapshot; nothing is locked). Every night ({@code huifang.backup.cron}, 02:30 by default) and on
 * demand (POST /api/admin/backups); the newest {@code huifang.backup.keep} (14) are kept in {@code huifang.backup.directory}
 * ({@code ./backups}). To restore: stop the application, unzip a backup into an empty {@code ./data}, start it. On
 * PostgreSQL this does nothing: pg_dump is the backup there (README "Running in production").
 */
@Service
class EmbeddedBackup {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBackup.class);
  private static final Pattern NAME = Pattern.compile("huifang-\\d{8}-\\d{6}(-\\d+)?\\.zip");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  /** One backup file. */
  record Backup(String name, long bytes, Instant taken) {}

  private final JdbcTemplate jdbc;
  private final boolean embeddedFile;
  private final Path directory;
  private final int keep;
  private final HuifangProperties properties;

  EmbeddedBackup(JdbcTemplate jdbc, DataSourceProperties database, HuifangProperties properties,
      @Value("${huifang.backup.directory:./backups}") Path directory, @Value("${huifang.backup.keep:14}") int keep) {
    this.jdbc = jdbc;
    this.properties = properties;
    String url = database.determineUrl();
    this.embeddedFile = url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    this.directory = directory.toAbsolutePath().normalize();
    this.keep = Math.max(1, keep);
  }

  /** Whether this application runs on the embedded H2 file database, the only one backed up here. */
  boolean available() {
    return embeddedFile;
  }

  /** Takes a backup now; the oldest beyond {@code keep} are deleted. */
  synchronized Backup take() {
    if (!embeddedFile) {
      throw new IllegalStateException("not an embedded H2 file database");
    }
    try {
      Files.createDirectories(directory);
      String stamp = EngineClock.now().atZone(properties.zone()).format(STAMP);
      Path file = directory.resolve("huifang-" + stamp + ".zip");
      for (int n = 2; Files.exists(file); n++) {
        file = directory.resolve("huifang-" + stamp + "-" + n + ".zip");
      }
      jdbc.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
      prune();
      Backup taken = describe(file);
      LOG.info("database backup written: {} ({} bytes)", file, taken.bytes());
      return taken;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The backups there are, newest first. */
  List<Backup> list() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).map(EmbeddedBackup::describe)
          .sorted(Comparator.comparing(Backup::name).reversed()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file of a backup by its name, if it is one of the list (never a path elsewhere). */
  Optional<Path> file(String name) {
    return list().stream().filter(b -> b.name().equals(name)).findFirst().map(b -> directory.resolve(b.name()));
  }

  @Scheduled(cron = "${huifang.backup.cron:0 30 2 * * *}", zone = "${huifang.zone:Asia/Shanghai}")
  void nightly() {
    if (embeddedFile) {
      try {
        take();
      } catch (RuntimeException e) {
        LOG.error("nightly database backup failed: {}", e.toString());
      }
    }
  }

  private void prune() throws IOException {
    List<Backup> all = list();
    for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
      Files.deleteIfExists(directory.resolve(old.name()));
    }
  }

  private static Backup describe(Path file) {
    try {
      return new Backup(file.getFileName().toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
