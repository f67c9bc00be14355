package com.huifang.owner;

import com.huifang.engine.CsvRows;
import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The owner register (业主联系册): CSV import and look-up through /api/owners, under group checks. */
class OwnerRegisterSpringTest extends SpringTestBase {

  @Autowired OwnerRegister register;

  /** Units unique to this run, so runs on a shared PostgreSQL database do not meet. */
  private static String unit(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private ResponseEntity<Map> importAs(String user, String csv) {
    var headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    return as(user).postForEntity("/api/owners/import",
        new HttpEntity<>(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers), Map.class);
  }

  @Test
  @DisplayName("an office manager imports the register as CSV; new units are added, known ones updated, looked up by unit")
  void importAndFind() {
    String manager = newUser("office-manager");
    String a = unit("3栋2单元1101");
    String b = unit("5栋801");
    var first = importAs(manager, "\uFEFFunit,owner_name,phone\r\n" + a + ",王建国,13800138000\r\n"
        + b + ",\"陈晓\",0755-26881234\r\n\r\n");
    assertThat(first.getStatusCode()).as("%s", first.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(first.getBody()).containsEntry("imported", 2);

    var again = importAs(newUser("customer-service"), "unit,owner_name,phone\n" + b + ",陈晓,13912345678\n");
    assertThat(again.getBody()).containsEntry("imported", 1);

    var found = as(newUser("housekeeper")).getForEntity("/api/owners/{unit}", Map.class, " " + b + " ");
    assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(found.getBody()).containsEntry("unit", b).containsEntry("ownerName", "陈晓")
        .containsEntry("phone", "13912345678");
    assertThat(register.findByUnit(a)).get().extracting(OwnerContact::phone).isEqualTo("13800138000");

    var unknown = as(manager).getForEntity("/api/owners/{unit}", Map.class, unit("99栋"));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat((String) unknown.getBody().get("message")).contains("没有房号");
  }

  @Test
  @DisplayName("an optional project column fills the unit's project; a CSV without it keeps the project; a too long project is refused")
  void importProject() {
    String manager = newUser("office-manager");
    String a = unit("7栋101");
    String b = unit("7栋102");
    String project = unit("翠湖花园");
    var first = importAs(manager, "unit,owner_name,phone,project\n" + a + ",王建国,13800138000," + project
        + "\n" + b + ",陈晓,13912345678, \n");
    assertThat(first.getBody()).as("%s", first.getBody()).containsEntry("imported", 2);
    assertThat(register.findByUnit(a)).get().extracting(OwnerContact::project).isEqualTo(project);
    assertThat(register.findByUnit(b)).get().extracting(OwnerContact::project).isNull();

    var without = importAs(manager, "unit,owner_name,phone\n" + a + ",王建国,13600136000\n");
    assertThat(without.getBody()).containsEntry("imported", 1);
    assertThat(register.findByUnit(a)).get().extracting(OwnerContact::phone, OwnerContact::project)
        .containsExactly("13600136000", project);
    assertThat(register.byProject().get(project)).extracting(OwnerContact::unit).containsExactly(a);

    var tooLong = importAs(manager, "unit,owner_name,phone,project\n" + b + ",陈晓,13912345678," + "项".repeat(101)
        + "\n" + a + ",王建国,13800138000\n");
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLong.getBody().toString()).contains("project").contains("应有4列");
    assertThat(register.findByUnit(b)).get().extracting(OwnerContact::project).isNull();
  }

  @Test
  @DisplayName("a CSV with bad lines is refused whole: every bad line with its reason, nothing written")
  void badCsvWritesNothing() {
    String good = unit("1栋302");
    String dup = unit("2栋502");
    String csv = "unit,owner_name,phone\n"
        + good + ",刘芳,0755-26881234\n"          // line 2: fine
        + ",张伟,13688889999\n"                  // line 3: no unit
        + dup + ",,12345\n"                       // line 4: no name, bad phone
        + dup + ",李娜,15013572468\n"             // line 5: unit repeated
        + "only,two\n";                           // line 6: wrong column count
    var response = importAs(newUser("office-manager"), csv);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message")).contains("未导入");
    @SuppressWarnings("unchecked")
    var errors = (List<Map<String, Object>>) response.getBody().get("errors");
    assertThat(errors).extracting(e -> e.get("line") + ":" + e.get("field"))
        .containsExactly("3:unit", "4:owner_name", "4:phone", "5:unit", "6:line");
    assertThat(errors).allSatisfy(e -> assertThat((String) e.get("message")).isNotBlank());
    assertThat(register.findByUnit(good)).isEmpty();
  }

  @Test
  @DisplayName("a CSV without the header, or not in UTF-8, is refused")
  void headerAndEncoding() {
    String manager = newUser("office-manager");
    var noHeader = importAs(manager, unit("1栋") + ",刘芳,0755-26881234\n");
    assertThat(noHeader.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noHeader.getBody().toString()).contains("header");

    var headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv"));
    byte[] gbk = ("unit,owner_name,phone\n1栋,刘芳,13800138000\n").getBytes(java.nio.charset.Charset.forName("GBK"));
    var notUtf8 = as(manager).postForEntity("/api/owners/import", new HttpEntity<>(gbk, headers), Map.class);
    assertThat(notUtf8.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) notUtf8.getBody().get("message")).contains("UTF-8");
  }

  @Test
  @DisplayName("only the office manager, the customer-service center and administrators import; a housekeeper gets 403")
  void importForbiddenForHousekeeper() {
    String a = unit("7栋");
    var refused = importAs(newUser("housekeeper"), "unit,owner_name,phone\n" + a + ",赵磊,18926543210\n");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).containsKey("message");
    assertThat(register.findByUnit(a)).isEmpty();

    assertThat(importAs("admin", "unit,owner_name,phone\n" + a + ",赵磊,18926543210\n").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity("/api/owners/{unit}", String.class, a).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("the CSV reader keeps quoted commas and quotes, and numbers lines as a spreadsheet does")
  void csvReader() {
    var rows = CsvRows.read(new StringReader("unit,owner_name,phone\r\n\"A,1\",\"王\"\"大\"\"\",13800138000\n\nB,李,0755-1234567"));
    assertThat(rows).extracting(CsvRows.Row::line).containsExactly(1, 2, 3, 4);
    assertThat(rows.get(1).fields()).containsExactly("A,1", "王\"大\"", "13800138000");
    assertThat(rows.get(2).blank()).isTrue();
    assertThat(rows.get(3).fields()).containsExactly("B", "李", "0755-1234567");
  }
}
