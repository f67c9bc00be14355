package com.huifang.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.complaint.Complaint;
import com.huifang.errand.Errand;
import com.huifang.kpi.WeeklyComplaintAnalysis;
import com.huifang.mall.Mall;
import com.huifang.procurement.Procurement;
import com.huifang.quality.QualitySpotCheck;
import com.huifang.repair.Repair;
import com.huifang.quality.RoutineQualityRevisit;
import com.huifang.revisit.OwnerRevisit;
import com.huifang.survey.CustomerSurvey;
import com.huifang.task.TaskDue;
import com.huifang.warranty.Warranty;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One source of truth for ids (STYLE 4): every id a process's constants class names is in its model. For each
 * process and decision in {@code processes/}: the key is the model's id, every element constant names an element
 * of that model, a message constant names one of its messages; and no model is left without a constants class.
 */
class ModelConstantsTest {

  /** A model and the constants that name its ids: the key, and the classes of element ids. */
  record Model(String file, String key, List<Class<?>> elements) {}

  static final List<Model> PROCESSES = List.of(
      new Model("owner-revisit.bpmn", OwnerRevisit.KEY, List.of(OwnerRevisit.Elements.class)),
      new Model("complaint-handling.bpmn", Complaint.KEY, List.of(Complaint.Elements.class)),
      new Model("renovation-warranty.bpmn", Warranty.KEY, List.of(Warranty.Elements.class)),
      new Model("warranty-repair.bpmn", Warranty.REPAIR_KEY, List.of(Warranty.RepairElements.class)),
      new Model("warranty-repair-request.bpmn", Warranty.REPAIR_REQUEST_KEY, List.of()),
      new Model("owner-errand.bpmn", Errand.KEY, List.of(Errand.Elements.class)),
      new Model("mall-service-feedback.bpmn", Mall.KEY, List.of(Mall.Elements.class)),
      new Model("mall-feedback-form.bpmn", Mall.FORM_KEY, List.of(Mall.FormElements.class)),
      new Model("quality-spot-check.bpmn", QualitySpotCheck.KEY, List.of(QualitySpotCheck.Elements.class)),
      new Model("routine-quality-revisit.bpmn", RoutineQualityRevisit.KEY, List.of(RoutineQualityRevisit.Elements.class)),
      new Model("monthly-complaint-review.bpmn", com.huifang.kpi.MonthlyComplaintReview.KEY,
          List.of(com.huifang.kpi.MonthlyComplaintReview.Elements.class)),
      new Model("weekly-complaint-analysis.bpmn", WeeklyComplaintAnalysis.KEY,
          List.of(WeeklyComplaintAnalysis.Elements.class)),
      new Model("procurement-purchase.bpmn", Procurement.PURCHASE_KEY, List.of(Procurement.PurchaseElements.class)),
      new Model("procurement-revisit-quarter.bpmn", Procurement.QUARTER_KEY,
          List.of(Procurement.QuarterElements.class)),
      new Model("procurement-revisit.bpmn", Procurement.REVISIT_KEY, List.of(Procurement.RevisitElements.class)),
      new Model("procurement-half-year-summary.bpmn", Procurement.SUMMARY_KEY,
          List.of(Procurement.SummaryElements.class)),
      new Model("property-repair.bpmn", Repair.KEY, List.of(Repair.Elements.class)),
      new Model("customer-survey.bpmn", CustomerSurvey.KEY, List.of(CustomerSurvey.Elements.class)),
      new Model("opinion-register-entry.bpmn", com.huifang.opinion.OpinionRegister.KEY,
          List.of(com.huifang.opinion.OpinionRegister.Elements.class)),
      new Model("special-revisit.bpmn", com.huifang.specialrevisit.SpecialRevisit.KEY,
          List.of(com.huifang.specialrevisit.SpecialRevisit.Elements.class)),
      new Model("accident-revisit.bpmn", com.huifang.accident.Accident.KEY,
          List.of(com.huifang.accident.Accident.Elements.class)));

  static final List<Model> DECISIONS = List.of(
      new Model("complaint-severity.dmn", Complaint.SEVERITY_DECISION, List.of()),
      new Model("complaint-service-level.dmn", Complaint.SERVICE_LEVEL_DECISION, List.of()),
      new Model("warranty-repair-cost.dmn", Warranty.COST_DECISION, List.of()),
      new Model("errand-card-text.dmn", Errand.CARD_TEXT_DECISION, List.of()),
      new Model("mall-feedback-score.dmn", Mall.SCORE_DECISION, List.of()),
      new Model("task-due-defaults.dmn", TaskDue.DECISION, List.of()),
      new Model("procurement-sample-rules.dmn", Procurement.SAMPLE_RULES_DECISION, List.of()),
      new Model("repair-service-level.dmn", Repair.SERVICE_LEVEL_DECISION, List.of()));

  @TestFactory
  @DisplayName("every process's key and element constants name ids of its model")
  Stream<DynamicTest> processes() {
    return PROCESSES.stream().map(model -> DynamicTest.dynamicTest(model.file(), () -> {
      BpmnModelInstance bpmn = Bpmn.readModelFromFile(Path.of("processes", model.file()).toFile());
      assertThat(bpmn.getModelElementsByType(Process.class)).extracting(Process::getId)
          .as("the process id of " + model.file()).containsExactly(model.key());
      for (Class<?> constants : model.elements()) {
        List<String> ids = stringConstants(constants);
        assertThat(ids).as(constants.getName() + " names no element").isNotEmpty();
        for (String id : ids) {
          assertThat((Object) bpmn.getModelElementById(id)).as(model.file() + " " + id).isNotNull();
        }
      }
    }));
  }

  @TestFactory
  @DisplayName("every decision constant names the decision of its table")
  Stream<DynamicTest> decisions() {
    return DECISIONS.stream().map(model -> DynamicTest.dynamicTest(model.file(), () ->
        assertThat(Dmn.readModelFromFile(Path.of("processes", model.file()).toFile())
            .getModelElementsByType(Decision.class)).extracting(Decision::getId).contains(model.key())));
  }

  @Test
  @DisplayName("W6 the repair message the API correlates is the warranty case's message; issue 27 the office draw's message")
  void messages() {
    BpmnModelInstance bpmn = Bpmn.readModelFromFile(Path.of("processes/renovation-warranty.bpmn").toFile());
    assertThat(bpmn.getModelElementsByType(Message.class)).extracting(Message::getName)
        .contains(Warranty.REPAIR_MESSAGE);
    BpmnModelInstance routine = Bpmn.readModelFromFile(Path.of("processes/routine-quality-revisit.bpmn").toFile());
    assertThat(routine.getModelElementsByType(Message.class)).extracting(Message::getName)
        .containsExactly(RoutineQualityRevisit.OFFICE_DRAW_MESSAGE);
    BpmnModelInstance spotCheck = Bpmn.readModelFromFile(Path.of("processes/quality-spot-check.bpmn").toFile());
    assertThat(spotCheck.getModelElementsByType(Message.class)).extracting(Message::getName)
        .containsExactly(QualitySpotCheck.OFFICE_CHECK_MESSAGE);
    BpmnModelInstance weekly = Bpmn.readModelFromFile(Path.of("processes/weekly-complaint-analysis.bpmn").toFile());
    assertThat(weekly.getModelElementsByType(Message.class)).extracting(Message::getName)
        .containsExactly(WeeklyComplaintAnalysis.OFFICE_ANALYSIS_MESSAGE);
    BpmnModelInstance monthly = Bpmn.readModelFromFile(Path.of("processes/monthly-complaint-review.bpmn").toFile());
    assertThat(monthly.getModelElementsByType(Message.class)).extracting(Message::getName)
        .containsExactly(com.huifang.kpi.MonthlyComplaintReview.OFFICE_REVIEW_MESSAGE);
  }

  @Test
  @DisplayName("every model in processes/ has its constants here")
  void everyModelCovered() throws IOException {
    Set<String> listed = new HashSet<>();
    Stream.concat(PROCESSES.stream(), DECISIONS.stream()).forEach(model -> listed.add(model.file()));
    List<String> models = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".bpmn") || f.endsWith(".dmn"))
          .forEach(models::add);
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(models);
  }

  private static List<String> stringConstants(Class<?> constants) throws IllegalAccessException {
    List<String> ids = new ArrayList<>();
    for (Field field : constants.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        field.setAccessible(true);
        ids.add((String) field.get(null));
      }
    }
    return ids;
  }
}
