package com.huifang;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import com.huifang.web.ApiRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shape of the code, as README's design section draws it, checked on every build (main classes only):
 * <ul>
 *   <li>{@code engine} (what the engine needs to start and run) uses no other package of Huifang; {@code web}
 *       (everything HTTP) and {@code identity} use only {@code engine};</li>
 *   <li>a feature ({@code complaint}, {@code revisit}, …) uses {@code web}, {@code engine}, {@code identity} and of
 *       another feature only the types that feature publishes ({@link #PUBLISHED});</li>
 *   <li>no cycle between packages;</li>
 *   <li>HTTP (servlets, Tomcat, JAX-RS) only in {@code web}; Spring's HTTP types only there and in controllers;</li>
 *   <li>the engine's delegate API ({@code DelegateExecution}, {@code DelegateTask}, {@code VariableScope}) only in
 *       delegates and listeners and in {@code engine}: services take plain values;</li>
 *   <li>the engine's internals ({@code org.camunda.bpm.engine.impl}) only in {@code engine};</li>
 *   <li>a controller takes a JSON body only as a {@code @Valid} request record ({@code @ApiRequest}).</li>
 * </ul>
 */
@AnalyzeClasses(packages = "com.huifang", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String ROOT = "com.huifang";
  /** The packages every feature may use. */
  static final Set<String> FOUNDATIONS = Set.of("engine", "web", "identity");
  /**
   * What a feature publishes to other features: its process's constants (key, ids, variables) and the few services
   * and values others build on. Everything else of a feature is its own.
   */
  static final Set<String> PUBLISHED = Set.of(
      "com.huifang.complaint.Complaint",
      "com.huifang.complaint.ComplaintLabels",
      "com.huifang.kpi.RegisterSheet",
      "com.huifang.kpi.SatisfactionSource",
      "com.huifang.office.Office",
      "com.huifang.office.OfficeRegister",
      "com.huifang.owner.OwnerRegister",
      "com.huifang.owner.OwnerContact",
      "com.huifang.owner.PhoneNumber",
      "com.huifang.owner.Phone",
      "com.huifang.repair.Repair",
      "com.huifang.revisit.NewIssue",
      "com.huifang.revisit.NewIssueIntake",
      "com.huifang.revisit.OwnerRevisit",
      "com.huifang.revisit.RevisitMethod",
      "com.huifang.revisit.Satisfaction",
      "com.huifang.warranty.Warranty");

  @ArchTest
  static final ArchRule noCycles = slices().matching("com.huifang.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule engineStandsAlone = noClasses().that().resideInAPackage("com.huifang.engine..")
      .should().dependOnClassesThat(huifangOutside("engine"));

  @ArchTest
  static final ArchRule webAndIdentityUseOnlyEngine = noClasses().that()
      .resideInAnyPackage("com.huifang.web..", "com.huifang.identity..")
      .should().dependOnClassesThat(huifangOutside("engine", "web", "identity"));

  @ArchTest
  static final ArchRule featuresUsePublishedTypesOnly = classes().that(areInAFeature())
      .should(useOtherFeaturesOnlyThroughPublishedTypes());

  @ArchTest
  static final ArchRule httpOnlyInWeb = noClasses().that().resideOutsideOfPackage("com.huifang.web..")
      .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.apache.catalina..",
          "org.apache.tomcat..", "jakarta.ws.rs..", "org.glassfish.jersey..");

  /** Services, listeners and rules know no HTTP: only controllers and the request records they take do. */
  @ArchTest
  static final ArchRule springHttpOnlyInWebAndControllers = noClasses().that()
      .resideOutsideOfPackage("com.huifang.web..").and().areNotAnnotatedWith(RestController.class)
      .and().areNotAnnotatedWith(ApiRequest.class)
      .should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..", "org.springframework.web..")
      .orShould().dependOnClassesThat().resideInAPackage("com.huifang.web..");

  @ArchTest
  static final ArchRule delegateApiOnlyInDelegates = noClasses().that()
      .resideOutsideOfPackage("com.huifang.engine..")
      .and(are(not(assignableTo(JavaDelegate.class)).and(not(assignableTo(ExecutionListener.class)))
          .and(not(assignableTo(TaskListener.class)))))
      .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.delegate..");

  @ArchTest
  static final ArchRule engineInternalsOnlyInEngine = noClasses().that().resideOutsideOfPackage("com.huifang.engine..")
      .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..");

  /** A JSON body is a request record, validated: no controller reads a body it has not declared (STYLE 11). */
  @ArchTest
  static final ArchRule requestBodiesAreValidatedRecords = methods().that().areDeclaredInClassesThat()
      .areAnnotatedWith(RestController.class).should(new ArchCondition<>("take a JSON body only as a @Valid @ApiRequest record") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
          for (JavaParameter parameter : method.getParameters()) {
            if (parameter.isAnnotatedWith(RequestBody.class) && !parameter.getRawType().isArray()
                && (!parameter.isAnnotatedWith(Valid.class)
                    || !parameter.getRawType().isAnnotatedWith(ApiRequest.class))) {
              events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes "
                  + parameter.getRawType().getName() + " without @Valid or without @ApiRequest"));
            }
          }
        }
      });

  private static String topPackage(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(ROOT + ".")) {
      return null;
    }
    String rest = name.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  /** Huifang's classes outside the given top-level packages (the root package, HuifangApplication, included). */
  private static DescribedPredicate<JavaClass> huifangOutside(String... allowed) {
    Set<String> ok = Set.of(allowed);
    return DescribedPredicate.describe("Huifang classes outside " + ok, type -> type.getPackageName().startsWith(ROOT)
        && !ok.contains(topPackage(type)));
  }

  private static DescribedPredicate<JavaClass> areInAFeature() {
    return DescribedPredicate.describe("are in a feature package", type -> {
      String top = topPackage(type);
      return top != null && !FOUNDATIONS.contains(top);
    });
  }

  private static ArchCondition<JavaClass> useOtherFeaturesOnlyThroughPublishedTypes() {
    return new ArchCondition<>("use other features only through their published types") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        String own = topPackage(type);
        type.getDirectDependenciesFromSelf().forEach(dependency -> {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          String other = topPackage(target);
          if (other == null || other.equals(own) || FOUNDATIONS.contains(other)) {
            return;
          }
          String published = target.getName().contains("$") ? target.getName().substring(0, target.getName().indexOf('$'))
              : target.getName();
          if (!PUBLISHED.contains(published)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                + ": " + target.getName() + " is not published by " + other));
          }
        });
      }
    };
  }
}
