package com.huifang.survey;

import static com.huifang.identity.StaffGroup.*;

import com.huifang.engine.CaseTenants;
import com.huifang.engine.CsvRows;
import com.huifang.engine.EngineUsers;
import com.huifang.kpi.RegisterSheet;
import com.huifang.web.ApiCaller;
import com.huifang.web.ApiException;
import com.huifang.web.CsvUpload;
import com.huifang.web.Download;
import com.huifang.web.OfficeScope;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The annual customer survey over HTTP (S1, S2, K7): the office manager starts a project's survey of a year; customer
 * service imports returned questionnaires from a spreadsheet; the survey's status, return rate and results, the list
 * the managers' dashboard shows, and the results sheet. Each survey is read under the caller's authorizations, so an
 * office's survey is its own (404 elsewhere).
 */
@RestController
class SurveyController {

  static final String FORBIDDEN_START = "只有管理处经理可以发起顾客意见调查";
  static final String FORBIDDEN_READ = "只有客户服务中心、管理处经理、分公司总经理和物业大管家可以查看顾客意见调查";
  static final String FORBIDDEN_IMPORT = "只有客户服务中心和管理处经理可以登记回收问卷";
  static final List<String> READERS = List.of(CUSTOMER_SERVICE.id(), OFFICE_MANAGER.id(), GENERAL_MANAGER.id(),
      SENIOR_HOUSEKEEPER.id());
  static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

  private final SurveyService surveys;
  private final SurveyReports reports;
  private final CaseTenants offices;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final ApiCaller caller;
  private final IdentityService identity;

  SurveyController(SurveyService surveys, SurveyReports reports, CaseTenants offices, RuntimeService runtime,
      HistoryService history, ApiCaller caller, IdentityService identity) {
    this.identity = identity;
    this.surveys = surveys;
    this.reports = reports;
    this.offices = offices;
    this.runtime = runtime;
    this.history = history;
    this.caller = caller;
  }

  /** The answer to a started survey. */
  record SurveyStarted(String surveyNumber, String processInstanceId) {}

  /** S1: 201 with the survey's number; a second survey of the project and year is 409. */
  @PostMapping(path = "/api/surveys", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<SurveyStarted> start(@Valid @RequestBody SurveyRequest request) {
    String user = caller.requireAnyGroup(List.of(OFFICE_MANAGER.id()), FORBIDDEN_START);
    String project = request.project().strip();
    String office = offices.ofProject(project).orElse(offices.defaultTenant());
    OfficeScope scope = caller.officeScope(null);
    if (!scope.company() && !scope.offices().contains(office)) {
      throw ApiException.forbidden("项目“" + project + "”不属于您的管理处");
    }
    surveys.of(project, request.year()).ifPresent(existing -> {
      throw ApiException.conflict("项目“" + project + "”的" + request.year() + "年度顾客意见调查已经发起(编号 "
          + existing.number() + "),每个项目每年一次");
    });
    Map<String, Object> variables = request.variables(office);
    variables.put("initiator", user);
    ProcessInstance instance = runtime.startProcessInstanceByKey(CustomerSurvey.KEY, variables);
    return ResponseEntity.created(URI.create(UriComponentsBuilder.fromPath("/api/surveys/{number}")
        .buildAndExpand(instance.getBusinessKey()).encode().toUriString()))
        .body(new SurveyStarted(instance.getBusinessKey(), instance.getId()));
  }

  @GetMapping("/api/surveys/{number}")
  SurveyReports.SurveyView find(@PathVariable String number) {
    String n = readable(number);
    return reports.view(n).orElseThrow(() -> notFound(n));
  }

  /** The surveys of the caller's offices (or the one named), newest year first: the dashboard's list. */
  @GetMapping("/api/surveys")
  List<SurveyReports.SurveyLine> list(@RequestParam(required = false) String office) {
    caller.requireAnyGroup(READERS, FORBIDDEN_READ);
    return reports.list(caller.officeScope(office).offices());
  }

  /** The answer to an import: how many questionnaires were recorded, and the progress. */
  record Imported(int imported, int returned, int households) {}

  /**
   * S1: returned questionnaires from a spreadsheet, .xlsx or CSV (UTF-8): 房号, one column per item (its label), 意见;
   * one wrong line and nothing is recorded (400 naming every line).
   */
  @PostMapping(path = "/api/surveys/{number}/returns", consumes = {"text/csv", RegisterSheet.CONTENT_TYPE})
  Imported importReturns(@PathVariable String number, @RequestHeader("Content-Type") String contentType,
      @RequestBody(required = false) byte[] body) {
    String user = caller.requireAnyGroup(List.of(CUSTOMER_SERVICE.id(), OFFICE_MANAGER.id()), FORBIDDEN_IMPORT);
    String n = readable(number);
    List<CsvRows.Row> rows;
    if (contentType.startsWith("text/csv")) {
      rows = CsvRows.read(new StringReader(CsvUpload.text(body, MAX_IMPORT_BYTES)));
    } else {
      if (body == null || body.length == 0) {
        throw new ApiException(HttpStatus.BAD_REQUEST, "表格文件为空");
      }
      if (body.length > MAX_IMPORT_BYTES) {
        throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "表格文件过大(最多5MB)");
      }
      rows = SpreadsheetRows.read(body).orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST,
          "无法读取表格文件,请上传 .xlsx 或 CSV(UTF-8)"));
    }
    int before = surveys.progress(n).returned();
    List<SurveyService.LineError> errors = surveys.importReturns(n, rows, user);
    if (!errors.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "回收问卷表有" + errors.size() + "处错误,未登记任何问卷",
          errors.stream().map(e -> Map.of("line", e.line(), "field", e.field(),
              "message", "第" + e.line() + "行: " + e.message())).toList());
    }
    SurveyService.Progress progress = surveys.progress(n);
    // the open 登记回收问卷 task shows the progress: the imported returns count there too
    EngineUsers.withoutAuthorization(identity, () -> {
      runtime.createProcessInstanceQuery().processDefinitionKey(CustomerSurvey.KEY).processInstanceBusinessKey(n).list()
          .forEach(survey -> runtime.setVariables(survey.getId(), Map.of(CustomerSurvey.Vars.RETURNED.name(),
              progress.returned(), CustomerSurvey.Vars.RETURN_RATE_TEXT.name(), progress.text(),
              CustomerSurvey.Vars.ALL_RETURNED.name(), progress.all())));
      return null;
    });
    return new Imported(progress.returned() - before, progress.returned(), progress.households());
  }

  /** S2, K7: the results sheet of one survey (every household's answers, per item figures, the return rate). */
  @GetMapping("/api/registers/surveys/{number}.xlsx")
  void sheet(@PathVariable String number) throws IOException {
    String n = readable(number);
    if (reports.view(n).isEmpty()) {
      throw notFound(n);
    }
    Download.attachment("survey-" + n + ".xlsx", SurveyReports.SHEET_TITLE + "_" + n + ".xlsx",
        RegisterSheet.CONTENT_TYPE, out -> reports.writeSheet(n, out));
  }

  /** The number of a survey the caller may read (its case, under the engine's authorizations), else 403/404. */
  private String readable(String number) {
    caller.requireAnyGroup(READERS, FORBIDDEN_READ);
    String n = number.strip();
    if (history.createHistoricProcessInstanceQuery().processDefinitionKey(CustomerSurvey.KEY)
        .processInstanceBusinessKey(n).count() == 0) {
      throw notFound(n);
    }
    return n;
  }

  private static ApiException notFound(String number) {
    return ApiException.notFound("没有顾客意见调查 " + number + ",或无权查看");
  }
}
