package com.huifang.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huifang.HuifangApplication;
import com.huifang.SpringTestBase;
import com.huifang.revisit.OwnerRevisit;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 26: the online backup of the embedded H2 default, and its restore as the README says (stop, unzip into an
 * empty ./data, start): a case started before the backup is there after the restore, one started after it is not.
 */
@Tag("own-jvm") // its own application contexts on an H2 file: see the surefire executions in pom.xml
class EmbeddedBackupSpringTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path work;

  private ConfigurableApplicationContext start(Path data) {
    String url = "jdbc:h2:file:" + data.resolve("huifang") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    return new SpringApplicationBuilder(HuifangApplication.class).run(
        "--spring.profiles.active=test", "--spring.datasource.url=" + url,
        "--spring.datasource.username=sa", "--spring.datasource.password=",
        "--server.port=0",
        "--huifang.backup.directory=" + work.resolve("backups"), "--huifang.admin.password=" + SpringTestBase.PASSWORD);
  }

  private HttpResponse<byte[]> call(ConfigurableApplicationContext app, String method, String path, String user)
      throws IOException, InterruptedException {
    String port = app.getEnvironment().getProperty("local.server.port");
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + SpringTestBase.PASSWORD)
            .getBytes(StandardCharsets.UTF_8)))
        .method(method, HttpRequest.BodyPublishers.noBody()).build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String revisit(ProcessEngine engine, String subject) {
    return engine.getRuntimeService().startProcessInstanceByKey(OwnerRevisit.KEY, Variables.createVariables()
        .putValue("ownerName", "王建国").putValue("unit", "1栋101").putValue("revisitSubject", subject)).getId();
  }

  @Test
  @DisplayName("C14 an administrator backs the H2 database up while it runs; staff may not; the unzipped backup restores the cases it held")
  void onlineBackupAndRestore() throws Exception {
    Path data = work.resolve("data");
    String before;
    String after;
    String backupName;
    try (var app = start(data)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      before = revisit(engine, "备份前的回访");
      User staff = engine.getIdentityService().newUser("backupstaff");
      staff.setPassword(SpringTestBase.PASSWORD);
      engine.getIdentityService().saveUser(staff);
      engine.getIdentityService().createMembership("backupstaff", "customer-service");

      var refused = call(app, "POST", "/api/admin/backups", "backupstaff");
      assertThat(refused.statusCode()).as(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo(403);
      var taken = call(app, "POST", "/api/admin/backups", "admin");
      assertThat(taken.statusCode()).as(new String(taken.body(), StandardCharsets.UTF_8)).isEqualTo(201);
      JsonNode backup = JSON.readTree(taken.body());
      backupName = backup.path("name").asText();
      assertThat(backupName).matches("huifang-\\d{8}-\\d{6}\\.zip");
      assertThat(taken.headers().firstValue("Location")).hasValue("/api/admin/backups/" + backupName);
      assertThat(JSON.readTree(call(app, "GET", "/api/admin/backups", "admin").body()).get(0).path("name").asText())
          .isEqualTo(backupName);
      var download = call(app, "GET", "/api/admin/backups/" + backupName, "admin");
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.body()).hasSize((int) Files.size(work.resolve("backups").resolve(backupName)));
      assertThat(call(app, "GET", "/api/admin/backups/..%2Fdata%2Fhuifang.mv.db", "admin").statusCode()).isIn(400, 404);
      assertThat(call(app, "GET", "/api/admin/backups/huifang.mv.db", "admin").statusCode()).isEqualTo(404);

      after = revisit(engine, "备份后的回访");
    }

    // restore as the README says: the application stopped, the backup unzipped into an empty ./data, started again
    Path restored = work.resolve("restored");
    Files.createDirectories(restored);
    try (var zip = new ZipInputStream(Files.newInputStream(work.resolve("backups").resolve(backupName)))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        copy(zip, restored.resolve(entry.getName()));
      }
    }
    assertThat(restored.resolve("huifang.mv.db")).exists();
    try (var app = start(restored)) {
      var runtime = app.getBean(ProcessEngine.class).getRuntimeService();
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(before).count()).isEqualTo(1);
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(after).count()).isZero();
    }
  }

  private static void copy(InputStream in, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    Files.copy(in, target);
  }
}
