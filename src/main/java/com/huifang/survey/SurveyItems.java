package com.huifang.survey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huifang.revisit.Satisfaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * S1: the survey's items are configuration, not code: every select of the Tasklist return form
 * ({@value CustomerSurvey#RETURN_FORM}.form) whose key starts with {@value CustomerSurvey#ITEM_PREFIX} is a rated
 * item, its label the item's name. A designer adds, renames or removes an item in Camunda Modeler; a survey keeps the
 * items of the deployment that issued it. Each item's options must be the four ratings (R3/K5 ids).
 */
@Component
class SurveyItems {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> RATINGS = Set.of(Satisfaction.VERY_SATISFIED.id(), Satisfaction.SATISFIED.id(),
      Satisfaction.FAIRLY_SATISFIED.id(), Satisfaction.DISSATISFIED.id());

  private final RepositoryService repository;

  SurveyItems(RepositoryService repository) {
    this.repository = repository;
  }

  /** The items of the return form deployed with the process definition {@code processDefinitionId}. */
  List<SurveyItem> ofDefinition(String processDefinitionId) {
    String deployment = repository.getProcessDefinition(processDefinitionId).getDeploymentId();
    String resource = repository.getDeploymentResourceNames(deployment).stream()
        .filter(name -> name.endsWith(CustomerSurvey.RETURN_FORM + ".form")).findFirst()
        .orElseThrow(() -> new IllegalStateException("the deployment of the customer survey has no "
            + CustomerSurvey.RETURN_FORM + ".form"));
    try (InputStream in = repository.getResourceAsStream(deployment, resource)) {
      return fromForm(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rated items of a Camunda Forms schema, in the form's order; fails on an item that is not rated as K5 rates. */
  static List<SurveyItem> fromForm(InputStream form) throws IOException {
    List<SurveyItem> items = new ArrayList<>();
    collect(JSON.readTree(form).path("components"), items);
    if (items.isEmpty()) {
      throw new IllegalStateException(CustomerSurvey.RETURN_FORM + ".form has no rated item (a select with key "
          + CustomerSurvey.ITEM_PREFIX + "…)");
    }
    return items;
  }

  private static void collect(JsonNode components, List<SurveyItem> items) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      if (key.startsWith(CustomerSurvey.ITEM_PREFIX) && key.length() > CustomerSurvey.ITEM_PREFIX.length()) {
        Set<String> values = new HashSet<>();
        component.path("values").forEach(v -> values.add(v.path("value").asText()));
        if (!"select".equals(component.path("type").asText()) && !"radio".equals(component.path("type").asText())
            || !values.equals(RATINGS)) {
          throw new IllegalStateException("survey item " + key + " must be a select of the four ratings " + RATINGS);
        }
        items.add(new SurveyItem(key.substring(CustomerSurvey.ITEM_PREFIX.length()),
            component.path("label").asText(key)));
      }
      collect(component.path("components"), items); // items inside a group
    }
  }
}
