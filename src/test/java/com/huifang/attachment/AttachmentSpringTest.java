package com.huifang.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import com.huifang.office.Office;
import com.huifang.office.OfficeRegister;
import com.huifang.owner.OwnerRegister;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * C21 (issue 18 item 7): photos and letters kept with a case in the engine's database, added at a task by those who
 * work on the case, read by those who may read it (its office; a company role sees every office), with size and type
 * limits answered in Chinese and nothing half-written.
 */
class AttachmentSpringTest extends SpringTestBase {

  static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01, 0x00);
  static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R');

  @Autowired OfficeRegister offices;
  @Autowired OwnerRegister owners;
  @Autowired JdbcTemplate jdbc;

  private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

  static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  /** A complaint received by {@code user} at an office's unit; its number and instance. */
  private Map<String, Object> complaint(String user, String unit) {
    ResponseEntity<Map> received = postComplaint(user, complaintRequest("钱进", unit, "13711112222", "楼道灯不亮 " + run));
    assertThat(received.getStatusCode()).as("%s", received.getBody()).isEqualTo(HttpStatus.CREATED);
    return received.getBody();
  }

  private String complaintNumber(String user) {
    return (String) complaint(user, "3栋2单元1101").get("caseNumber");
  }

  private ResponseEntity<Map> upload(String user, String caseNumber, String fileName, byte[] content,
      Map<String, String> fields, HttpHeaders extra) {
    var form = new LinkedMultiValueMap<String, Object>();
    if (fileName != null) {
      form.add("file", new ByteArrayResource(content) {
        @Override
        public String getFilename() {
          return fileName;
        }
      });
    }
    fields.forEach(form::add);
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    if (extra != null) {
      headers.addAll(extra);
    }
    return (user == null ? rest : as(user)).exchange("/api/cases/{n}/attachments", HttpMethod.POST,
        new HttpEntity<>(form, headers), Map.class, caseNumber);
  }

  private ResponseEntity<Map> upload(String user, String caseNumber, String fileName, byte[] content) {
    return upload(user, caseNumber, fileName, content, Map.of(), null);
  }

  private ResponseEntity<Map> list(String user, String caseNumber) {
    return as(user).getForEntity("/api/cases/{n}/attachments", Map.class, caseNumber);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> attachments(String user, String caseNumber) {
    ResponseEntity<Map> listed = list(user, caseNumber);
    assertThat(listed.getStatusCode()).as("%s", listed.getBody()).isEqualTo(HttpStatus.OK);
    return (List<Map<String, Object>>) listed.getBody().get("attachments");
  }

  private long storedAttachments(String caseNumber) {
    return jdbc.queryForObject("select count(*) from act_hi_attachment a join act_hi_procinst p"
        + " on a.proc_inst_id_ = p.id_ where p.business_key_ = ?", Long.class, caseNumber);
  }

  private Task onlyTask(String caseNumber) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
  }

  @Test
  @DisplayName("C21 customer service attaches a photo at the task, the housekeeper working the next task and the "
      + "manager read and download it, with its uploader, task and size; it stays readable from history")
  void photoAtIntakeReadByNextWorkerAndManager() {
    String kefu = newUser("customer-service");
    String housekeeper = newUser("housekeeper");
    String manager = newUser("office-manager");
    String caseNumber = complaintNumber(kefu);
    Task classify = onlyTask(caseNumber);

    ResponseEntity<Map> added = upload(kefu, caseNumber, "楼道照片.jpg", JPEG, Map.of("description", "业主提供的照片"),
        null);
    assertThat(added.getStatusCode()).as("%s", added.getBody()).isEqualTo(HttpStatus.CREATED);
    String id = (String) added.getBody().get("id");
    assertThat(added.getHeaders().getLocation()).hasPath("/api/cases/" + caseNumber + "/attachments/" + id);
    assertThat(added.getBody()).containsEntry("taskId", classify.getId()).containsEntry("taskName", "确认投诉等级")
        .containsEntry("uploadedBy", kefu).containsEntry("type", "image/jpeg").containsEntry("size", JPEG.length);

    // stored in the engine's database: Camunda's attachment with its content
    assertThat(engine.getTaskService().getTaskAttachments(classify.getId())).extracting("name")
        .containsExactly("楼道照片.jpg");

    engine.getTaskService().complete(classify.getId(), Map.of("severity", "general"));
    Task answer = onlyTask(caseNumber);
    assertThat(answer.getName()).isEqualTo("答复业主");
    // Tasklist's tab starts from the task: its case
    assertThat(as(housekeeper).getForEntity("/api/tasks/{id}/case", Map.class, answer.getId()).getBody())
        .containsEntry("businessKey", caseNumber);
    assertThat(list(housekeeper, caseNumber).getBody()).containsEntry("mayAdd", true)
        .containsEntry("maxFileSize", 10 * 1024 * 1024);
    assertThat(list(manager, caseNumber).getBody()).containsEntry("mayAdd", false);

    for (String reader : List.of(housekeeper, manager, kefu)) {
      List<Map<String, Object>> listed = attachments(reader, caseNumber);
      assertThat(listed).as(reader).singleElement().satisfies(a -> {
        assertThat(a).containsEntry("id", id).containsEntry("name", "楼道照片.jpg")
            .containsEntry("description", "业主提供的照片").containsEntry("taskName", "确认投诉等级")
            .containsEntry("uploadedBy", kefu).containsEntry("uploadedByName", "测试" + kefu)
            .containsEntry("size", JPEG.length).containsEntry("kind", "JPG图片");
        assertThat(a.get("uploadedAt")).isNotNull();
      });
      ResponseEntity<byte[]> file = as(reader).getForEntity("/api/cases/{n}/attachments/{id}", byte[].class,
          caseNumber, id);
      assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(file.getBody()).isEqualTo(JPEG);
      assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
      assertThat(file.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(file.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
      assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("楼道照片.jpg");
    }

    // the housekeeper now works the case: a letter at their task
    ResponseEntity<Map> letter = upload(housekeeper, caseNumber, "答复函.pdf",
        "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(letter.getStatusCode()).as("%s", letter.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(letter.getBody()).containsEntry("taskName", "答复业主").containsEntry("type", "application/pdf");

    // customer service has no task of the case any more: reads (it keeps the complaint log) but cannot add
    ResponseEntity<Map> noTask = upload(kefu, caseNumber, "又一张.png", PNG);
    assertThat(noTask.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) noTask.getBody().get("message")).contains("您没有案件" + caseNumber + "的待办任务");
    // nor can the manager, who reads everything and works no task of it
    assertThat(upload(manager, caseNumber, "又一张.png", PNG).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // after the case ends the files stay with it in history
    engine.getRuntimeService().deleteProcessInstance(answer.getProcessInstanceId(), "测试:结案");
    assertThat(attachments(manager, caseNumber)).extracting(a -> a.get("name"))
        .containsExactly("楼道照片.jpg", "答复函.pdf");
    assertThat(as(manager).getForEntity("/api/cases/{n}/attachments/{id}", byte[].class, caseNumber, id).getBody())
        .isEqualTo(JPEG);
  }

  @Test
  @DisplayName("C21 another office's staff get 404 for the case and its files; a user of no group and a colleague of "
      + "the same office without the case's work read nothing; the general manager reads every office")
  void otherOfficeAndNoGroup() {
    String officeB = "b" + run;
    String projectB = "碧水" + run;
    String unitB = "1栋101-" + run;
    offices.save(new Office(officeB, "碧水湾管理处" + run, List.of(projectB)));
    owners.importCsv(new StringReader("unit,owner_name,phone,project\n" + unitB + ",钱进,13711112222," + projectB + "\n"));
    String kefuB = newUserOfNoOffice("customer-service");
    offices.addMember(officeB, kefuB);
    String caseNumber = (String) complaint(kefuB, unitB).get("caseNumber");
    ResponseEntity<Map> added = upload(kefuB, caseNumber, "photo.png", PNG);
    assertThat(added.getStatusCode()).as("%s", added.getBody()).isEqualTo(HttpStatus.CREATED);
    String id = (String) added.getBody().get("id");

    String kefuA = newUser("customer-service");
    String managerA = newUser("office-manager");
    String noGroup = newUser();
    String dispatcher = newUser("dept-greening");
    for (String outsider : List.of(kefuA, managerA, noGroup, dispatcher)) {
      ResponseEntity<Map> listed = list(outsider, caseNumber);
      assertThat(listed.getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat((String) listed.getBody().get("message")).isEqualTo("未找到案件" + caseNumber);
      assertThat(as(outsider).getForEntity("/api/cases/{n}/attachments/{id}", String.class, caseNumber, id)
          .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      ResponseEntity<Map> refused = upload(outsider, caseNumber, "x.png", PNG);
      assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
    }
    String taskOfB = onlyTask(caseNumber).getId();
    assertThat(as(kefuA).getForEntity("/api/tasks/{id}/case", Map.class, taskOfB).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(kefuB).getForEntity("/api/tasks/{id}/case", Map.class, taskOfB).getBody())
        .containsEntry("businessKey", caseNumber);
    // an unknown case answers the same as one the caller may not see
    assertThat(list(kefuA, "TS-19990101-0001").getBody()).containsEntry("message", "未找到案件TS-19990101-0001");

    // a company role: a member of every office through its group
    String generalManager = newUserOfNoOffice("general-manager");
    assertThat(attachments(generalManager, caseNumber)).extracting(a -> a.get("id")).containsExactly(id);
    assertThat(attachments(kefuB, caseNumber)).extracting(a -> a.get("id")).containsExactly(id);
    // an attachment id of another case is not found through this case
    String caseA = complaintNumber(kefuA);
    assertThat(as(kefuA).getForEntity("/api/cases/{n}/attachments/{id}", String.class, caseA, id).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(kefuA).getForEntity("/api/cases/{n}/attachments", String.class, caseA).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // no credentials: 401
    assertThat(rest.getForEntity("/api/cases/{n}/attachments", String.class, caseNumber).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(upload(null, caseNumber, "x.png", PNG).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("C21 limits: a file over 10 MB gets 413, a web page renamed .jpg and an .exe get 415, no file or an "
      + "empty one 400, each in Chinese, and nothing is written")
  void limitsRefusedInChinese() {
    String kefu = newUser("customer-service");
    String caseNumber = complaintNumber(kefu);

    byte[] large = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(JPEG, 0, large, 0, JPEG.length);
    ResponseEntity<Map> tooLarge = upload(kefu, caseNumber, "大照片.jpg", large);
    assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat((String) tooLarge.getBody().get("message")).isEqualTo("文件“大照片.jpg”过大(10.0MB),每个附件最多10MB");

    // over the whole request's limit (11 MB), sent without Content-Length: refused by the multipart limit
    byte[] huge = new byte[11 * 1024 * 1024 + 512 * 1024];
    ResponseEntity<Map> overBody = upload(kefu, caseNumber, "更大.jpg", huge);
    assertThat(overBody.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat((String) overBody.getBody().get("message")).startsWith("请求内容过大");

    ResponseEntity<Map> html = upload(kefu, caseNumber, "photo.jpg",
        "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8));
    assertThat(html.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat((String) html.getBody().get("message")).isEqualTo("文件“photo.jpg”的内容不是JPG图片,与扩展名不符(按文件内容检查)");

    ResponseEntity<Map> htmlText = upload(kefu, caseNumber, "说明.txt",
        "<!DOCTYPE html><body onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
    assertThat(htmlText.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);

    ResponseEntity<Map> exe = upload(kefu, caseNumber, "setup.exe", bytes('M', 'Z', 0x90, 0));
    assertThat(exe.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat((String) exe.getBody().get("message")).startsWith("不支持的文件类型“.exe”,只可上传:jpg、jpeg、png");

    ResponseEntity<Map> zipAsDocx = upload(kefu, caseNumber, "报告.docx", zip("readme.txt"));
    assertThat(zipAsDocx.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat((String) zipAsDocx.getBody().get("message")).contains("的内容不是Word文档");

    ResponseEntity<Map> noFile = upload(kefu, caseNumber, null, null, Map.of("description", "无文件"), null);
    assertThat(noFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) noFile.getBody().get("message")).isEqualTo("请选择要上传的文件(字段 file)");

    ResponseEntity<Map> empty = upload(kefu, caseNumber, "空.txt", new byte[0]);
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) empty.getBody().get("message")).isEqualTo("文件“空.txt”是空的");

    ResponseEntity<Map> otherTask = upload(kefu, caseNumber, "a.png", PNG, Map.of("taskId", "no-such-task"), null);
    assertThat(otherTask.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) otherTask.getBody().get("message")).contains("不是案件" + caseNumber + "的待办任务");

    assertThat(storedAttachments(caseNumber)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from hf_attachment where business_key = ?", Long.class,
        caseNumber)).isZero();

    // what is allowed goes through: a real .docx, an .xlsx and UTF-8 text
    assertThat(upload(kefu, caseNumber, "报告.docx", zip("[Content_Types].xml", "word/document.xml")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(upload(kefu, caseNumber, "台账.xlsx", zip("[Content_Types].xml", "xl/workbook.xml")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    ResponseEntity<Map> text = upload(kefu, caseNumber, "C:\\Users\\kefu\\记录.txt",
        "业主来电记录\n电梯异响".getBytes(StandardCharsets.UTF_8));
    assertThat(text.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(text.getBody()).containsEntry("name", "记录.txt");
    ResponseEntity<String> download = as(kefu).getForEntity("/api/cases/{n}/attachments/{id}", String.class,
        caseNumber, text.getBody().get("id"));
    assertThat(download.getHeaders().getContentType().toString()).isEqualTo("text/plain;charset=UTF-8");
    assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;");
    assertThat(storedAttachments(caseNumber)).isEqualTo(3);
  }

  @Test
  @DisplayName("C21 an upload repeated with its Idempotency-Key is answered once and stored once; the same key with "
      + "another file is refused with 422")
  void idempotentUpload() {
    String kefu = newUser("customer-service");
    String caseNumber = complaintNumber(kefu);
    var key = new HttpHeaders();
    key.add("Idempotency-Key", "att-" + run);
    ResponseEntity<Map> first = upload(kefu, caseNumber, "a.png", PNG, Map.of("description", "一"), key);
    assertThat(first.getStatusCode()).as("%s", first.getBody()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<Map> again = upload(kefu, caseNumber, "a.png", PNG, Map.of("description", "一"), key);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.getBody().get("id")).isEqualTo(first.getBody().get("id"));
    ResponseEntity<Map> other = upload(kefu, caseNumber, "b.jpg", JPEG, Map.of("description", "一"), key);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(storedAttachments(caseNumber)).isEqualTo(1);
  }

  @Test
  @DisplayName("C21 the engine's own task attachment resources are closed (it checks no authorization on them), on "
      + "/engine-rest and on the webapps' API")
  void engineAttachmentResourcesClosed() {
    String kefu = newUser("customer-service");
    String caseNumber = complaintNumber(kefu);
    Task task = onlyTask(caseNumber);
    assertThat(upload(kefu, caseNumber, "a.png", PNG).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String other = newUser("housekeeper");
    ResponseEntity<String> list = as(other).getForEntity("/engine-rest/task/{id}/attachment", String.class, task.getId());
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(list.getBody()).contains("/api/cases/");
    var form = new LinkedMultiValueMap<String, Object>();
    form.add("attachment-name", "x.html");
    form.add("attachment-type", "text/html");
    form.add("content", "<script>alert(1)</script>");
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    assertThat(as(kefu).exchange("/engine-rest/task/{id}/attachment/create", HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class, task.getId()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(kefu).getForEntity("/camunda/api/engine/engine/default/task/{id}/attachment", String.class,
        task.getId()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(storedAttachments(caseNumber)).isEqualTo(1);
  }

  @Test
  @DisplayName("C21 the Tasklist tab uploads with the webapp session and its CSRF token; without the token the session "
      + "is not enough for a POST")
  void webappSessionUpload() {
    String kefu = newUser("customer-service");
    String caseNumber = complaintNumber(kefu);
    HttpHeaders session = webappSession(kefu, "tasklist");
    assertThat(rest.exchange("/api/cases/{n}/attachments", HttpMethod.GET, new HttpEntity<>(session), Map.class,
        caseNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
    // the token Tasklist's scripts send: the XSRF-TOKEN cookie Camunda's CSRF filter sets for the session
    var cookies = cookies(rest.exchange("/camunda/api/engine/engine/default/task/count", HttpMethod.GET,
        new HttpEntity<>(session), String.class).getHeaders(), new HashMap<>());
    String token = cookies.containsKey("XSRF-TOKEN") ? cookies.get("XSRF-TOKEN")
        : java.util.Arrays.stream(session.getFirst(HttpHeaders.COOKIE).split("; "))
            .filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.substring("XSRF-TOKEN=".length())).findFirst()
            .orElseThrow();
    var wrongToken = new HttpHeaders();
    wrongToken.addAll(session);
    wrongToken.add("X-XSRF-TOKEN", token + "x");
    assertThat(upload(null, caseNumber, "a.png", PNG, Map.of(), wrongToken).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(upload(null, caseNumber, "a.png", PNG, Map.of(), session).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    var withToken = new HttpHeaders();
    withToken.addAll(session);
    withToken.add("X-XSRF-TOKEN", token);
    ResponseEntity<Map> added = upload(null, caseNumber, "a.png", PNG, Map.of(), withToken);
    assertThat(added.getStatusCode()).as("%s", added.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(added.getBody()).containsEntry("uploadedBy", kefu);
  }

  @Test
  @DisplayName("C21 an upload whose Content-Length is over the attachment body limit (11 MB) is refused with 413 "
      + "before it is read; a 9 MB photo passes the body limit of the JSON API (1 MB)")
  void bodyLimit() throws Exception {
    String kefu = newUser("customer-service");
    String caseNumber = complaintNumber(kefu);
    String boundary = "----hf" + run;
    java.util.function.IntFunction<byte[]> body = size -> {
      var out = new ByteArrayOutputStream();
      out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.jpg\"\r\n"
          + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      byte[] photo = new byte[size];
      System.arraycopy(JPEG, 0, photo, 0, JPEG.length);
      out.writeBytes(photo);
      out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return out.toByteArray();
    };
    var client = java.net.http.HttpClient.newHttpClient();
    String auth = java.util.Base64.getEncoder().encodeToString((kefu + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    java.util.function.IntFunction<java.net.http.HttpResponse<String>> send = size -> {
      try {
        return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(rest.getRootUri()
                + "/api/cases/" + caseNumber + "/attachments"))
            .header("Authorization", "Basic " + auth)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.apply(size))).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    };
    var refused = send.apply(11 * 1024 * 1024 + 1);
    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.body()).contains("请求内容过大(最多11MB)");
    var passed = send.apply(9 * 1024 * 1024);
    assertThat(passed.statusCode()).as(passed.body()).isEqualTo(201);
    assertThat(storedAttachments(caseNumber)).isEqualTo(1);
  }

  private static byte[] zip(String... names) {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
