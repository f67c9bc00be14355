package com.huifang.kpi;

import static com.huifang.complaint.Complaint.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.revisit.OwnerRevisit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.huifang.kpi.KpiReport.MethodCount;
import java.util.UUID;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The KPIs against a hand-computed fixture: complaints and revisits run through the real processes with
 * the clock set to one week of a far-future year of their own, so that on a shared PostgreSQL database
 * no other test's cases fall into the period.
 */
class KpiSpringTest extends HistoryFixture {

  @Autowired KpiService kpis;

  @Test
  @DisplayName("K1 K2 K3 K5 K6 every figure matches the hand-computed fixture of one week's history")
  void figuresOfTheFixture() {
    LocalDate monday = ownWeek();
    clockAt(monday, Duration.ZERO);

    // a: general; answered and resolved in time; revisited on site with signature (不满意), rectified,
    //    revisited again by phone (满意)
    ProcessInstance a = receive(false);
    classify(a, "general");
    workThroughTwoRevisits(a);
    complete(a, INFORM_FIRST_CONTACT, Map.of());

    // b: general; answered 2 h after receipt (due within 1 h: late), resolved in time; letter (很满意)
    clockAt(monday, Duration.ofHours(1));
    ProcessInstance b = receive(false);
    classify(b, "general");
    clockAt(monday, Duration.ofHours(3));
    answer(b);
    resolve(b);
    report(b);
    revisitComplaint(b, "letter", false, "verySatisfied");
    complete(b, INFORM_FIRST_CONTACT, Map.of());

    // c: general, anonymous (C12: not revisitable, reply letter); answered in time, resolved 3 days later (late)
    clockAt(monday, Duration.ofHours(4));
    ProcessInstance c = receive(true);
    classify(c, "general");
    answer(c);
    complete(c, DISPATCH, Map.of());
    clockAt(monday, Duration.ofDays(3).plusHours(5));
    complete(c, RESOLVE, resolution());
    report(c);
    complete(c, ATTACH_REPLY_LETTER, Map.of("replyLetterNumber", "FH-1", "replyLetterText", "复函"));
    complete(c, INFORM_FIRST_CONTACT, Map.of());

    // d: important; answered and resolved in time; revisited on site, owner refused to sign (较满意)
    clockAt(monday, Duration.ofDays(4));
    ProcessInstance d = receive(false);
    classify(d, "important");
    workImportantWithCorrectiveAction(d);
    complete(d, INFORM_FIRST_CONTACT, Map.of());

    // e: general; answered and resolved in time, then ended in Cockpit before the revisit: not revisited
    clockAt(monday, Duration.ofDays(5));
    ProcessInstance e = receive(false);
    classify(e, "general");
    answer(e);
    resolve(e);
    report(e);
    engine.getRuntimeService().deleteProcessInstance(e.getId(), "业主搬离,终止");

    // a revisit on its own: by phone (不满意), rectified, again on site with signature (很满意)
    clockAt(monday, Duration.ofDays(6));
    ProcessInstance own = startOwnRevisit();
    conductRevisit(own, "phone", false, "dissatisfied");
    Task rectify = task(own, OwnerRevisit.Elements.RECTIFY);
    engine.getTaskService().complete(rectify.getId(), Variables.createVariables().putValue("rectification", "已整改"));
    conductRevisit(own, "onSite", true, "verySatisfied");

    // outside the period (to is exclusive): a questionnaire revisit on the next Monday
    clockAt(monday.plusWeeks(1), Duration.ofHours(-10)); // 00:00 of the next Monday
    conductRevisit(startOwnRevisit(), "questionnaire", false, "satisfied");

    KpiReport report = kpis.report(monday, monday.plusWeeks(1));

    // K1: revisitable closed complaints a, b, d, e (c anonymous); revisited a, b, d
    assertFigure(report.revisitRate(), 3, 4, "75.0", "100.0", true);
    // six revisits: a1 onSite signed, a2 phone, b letter, d onSite unsigned, own1 phone, own2 onSite signed
    assertFigure(report.onSiteWithSignature(), 2, 6, "33.3", "40.0", true); // K2
    assertFigure(report.phoneOrLetter(), 3, 6, "50.0", "60.0", false); // K3
    // K5: satisfied, very, fairly, very of six verdicts; no target in the seeds (issue 19): a figure, never missed
    assertFigure(report.satisfaction(), 4, 6, "66.7", null, false);
    // K6 per severity: general a, b, c, e (b answered late, c resolved late); important d; major none
    var general = report.serviceLevel().get(0);
    assertThat(general.severity()).isEqualTo("general");
    assertThat(general.severityLabel()).isEqualTo("一般");
    assertFigure(general.answeredInTime(), 3, 4, "75.0", "100.0", true);
    assertFigure(general.resolvedInTime(), 3, 4, "75.0", "100.0", true);
    var important = report.serviceLevel().get(1);
    assertThat(important.severity()).isEqualTo("important");
    assertFigure(important.answeredInTime(), 1, 1, "100.0", "100.0", false);
    assertFigure(important.resolvedInTime(), 1, 1, "100.0", "100.0", false);
    var major = report.serviceLevel().get(2);
    assertThat(major.severity()).isEqualTo("major");
    assertNoData(major.answeredInTime());
    assertNoData(major.resolvedInTime());
    // the share by method of the six revisits (every method listed, none unrecorded)
    assertThat(report.revisitMethods()).containsExactly(
        new MethodCount("phone", "电话回访", 2), new MethodCount("onSite", "上门回访", 3),
        new MethodCount("letter", "信函回访", 1), new MethodCount("openLetter", "公开信回访", 0),
        new MethodCount("questionnaire", "短信/邮件问卷回访", 0));

    // K2 K3 K5: the next week holds only the questionnaire revisit
    KpiReport next = kpis.report(monday.plusWeeks(1), monday.plusWeeks(2));
    assertFigure(next.onSiteWithSignature(), 0, 1, "0.0", "40.0", true);
    assertFigure(next.phoneOrLetter(), 0, 1, "0.0", "60.0", false);
    assertFigure(next.satisfaction(), 1, 1, "100.0", null, false);
    assertNoData(next.revisitRate());
    assertThat(next.revisitMethods()).extracting(MethodCount::count).containsExactly(0L, 0L, 0L, 0L, 1L);
  }

  @Test
  @DisplayName("K1 K2 K3 K5 K6 a period without history gives no data: no value, nothing missed")
  void noData() {
    LocalDate monday = ownWeek();
    KpiReport report = kpis.report(monday, monday.plusDays(1));
    List.of(report.revisitRate(), report.onSiteWithSignature(), report.phoneOrLetter(), report.satisfaction())
        .forEach(KpiSpringTest::assertNoData);
    assertThat(report.revisitMethods()).hasSize(5).allSatisfy(m -> assertThat(m.count()).isZero());
    assertThat(report.serviceLevel()).hasSize(3).allSatisfy(level -> {
      assertNoData(level.answeredInTime());
      assertNoData(level.resolvedInTime());
    });
  }

  @Test
  @DisplayName("K1 K2 K3 K5 K6 GET /api/kpis answers the office manager, general manager and senior housekeeper")
  void readers() {
    LocalDate monday = ownWeek();
    String query = "/api/kpis?from=" + monday + "&to=" + monday.plusDays(7);
    for (String group : List.of("office-manager", "general-manager", "senior-housekeeper")) {
      var response = as(newUser(group)).getForEntity(query, Map.class);
      assertThat(response.getStatusCode()).as(group).isEqualTo(HttpStatus.OK);
      Map<?, ?> rate = (Map<?, ?>) response.getBody().get("revisitRate");
      assertThat(rate.get("rule")).isEqualTo("K1");
      assertThat(rate.get("denominator")).isEqualTo(0);
      assertThat(rate.get("value")).isNull();
      assertThat(rate.get("missed")).isEqualTo(false);
      assertThat((List<?>) response.getBody().get("serviceLevel")).hasSize(3);
    }
  }

  @Test
  @DisplayName("K1 a housekeeper gets 403, a caller without credentials 401")
  void othersAreRefused() {
    var forbidden = as(newUser("housekeeper")).getForEntity("/api/kpis?from=2026-11-01&to=2026-12-01", Map.class);
    assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) forbidden.getBody().get("message")).isEqualTo(KpiController.FORBIDDEN);
    assertThat(rest.getForEntity("/api/kpis?from=2026-11-01&to=2026-12-01", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("K1 the Cockpit dashboard reads /api/kpis with the webapp session; without any authentication 401")
  void webappSession() {
    String query = "/api/kpis?from=2026-11-01&to=2026-12-01";
    HttpHeaders manager = webappSession(newUser("office-manager"), "cockpit");
    var ok = rest.exchange(query, HttpMethod.GET, new HttpEntity<>(manager), Map.class);
    assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(((Map<?, ?>) ok.getBody().get("revisitRate")).get("rule")).isEqualTo("K1");
    // the group check still applies to the session's user (a housekeeper may log in to Tasklist only)
    var forbidden = rest.exchange(query, HttpMethod.GET,
        new HttpEntity<>(webappSession(newUser("housekeeper"), "tasklist")), Map.class);
    assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // a session cookie that is not logged in, or none at all: 401
    HttpHeaders anonymous = new HttpHeaders();
    anonymous.add(HttpHeaders.COOKIE, "JSESSIONID=" + UUID.randomUUID());
    assertThat(rest.exchange(query, HttpMethod.GET, new HttpEntity<>(anonymous), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity(query, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // the session authenticates reading only: a write with the session cookie alone is not authenticated
    assertThat(rest.exchange(query, HttpMethod.POST, new HttpEntity<>(manager), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("K1 bad or reversed dates give 400 naming the field")
  void badDates() {
    String manager = newUser("office-manager");
    var bad = as(manager).getForEntity("/api/kpis?from=2026-13-01&to=2026-12-01", Map.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errorFields(bad.getBody())).containsExactly("from");
    var missing = as(manager).getForEntity("/api/kpis?from=2026-11-01", Map.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errorFields(missing.getBody())).containsExactly("to");
    var reversed = as(manager).getForEntity("/api/kpis?from=2026-12-01&to=2026-11-01", Map.class);
    assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errorFields(reversed.getBody())).containsExactly("to");
    var same = as(manager).getForEntity("/api/kpis?from=2026-12-01&to=2026-12-01", Map.class);
    assertThat(same.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @SuppressWarnings("unchecked")
  private static List<String> errorFields(Map<?, ?> body) {
    return List.copyOf(((Map<String, Object>) body.get("errors")).keySet());
  }

  private static void assertFigure(KpiFigure figure, long numerator, long denominator, String value, String target,
      boolean missed) {
    assertThat(figure.numerator()).as(figure.name() + " numerator").isEqualTo(numerator);
    assertThat(figure.denominator()).as(figure.name() + " denominator").isEqualTo(denominator);
    assertThat(figure.value()).as(figure.name() + " value").isEqualTo(new BigDecimal(value));
    assertThat(figure.target()).as(figure.name() + " target").isEqualTo(target == null ? null : new BigDecimal(target));
    assertThat(figure.missed()).as(figure.name() + " missed").isEqualTo(missed);
  }

  private static void assertNoData(KpiFigure figure) {
    assertThat(figure.denominator()).as(figure.name()).isZero();
    assertThat(figure.value()).as(figure.name()).isNull();
    assertThat(figure.missed()).as(figure.name()).isFalse();
  }
}
