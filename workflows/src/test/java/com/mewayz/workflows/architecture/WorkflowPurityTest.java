package com.mewayz.workflows.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.temporal.workflow.WorkflowInterface;
import org.junit.jupiter.api.Test;

/**
 * Workflow code is replayed: it must do the same thing every time. These rules keep the workflows
 * module free of frameworks and I/O, and workflow implementations free of the JDK's clock,
 * randomness and threads (Temporal's {@code Workflow.*} replacements are the only way).
 */
class WorkflowPurityTest {

  private static final JavaClasses WORKFLOWS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.mewayz.workflows");

  private static final DescribedPredicate<JavaClass> WORKFLOW_IMPLEMENTATIONS =
      DescribedPredicate.describe(
          "workflow implementations",
          c ->
              !c.isInterface()
                  && c.getAllRawInterfaces().stream()
                      .anyMatch(i -> i.isAnnotatedWith(WorkflowInterface.class)));

  @Test
  void workflowsModuleUsesNoFrameworkDatabaseOrIo() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "com.mongodb..",
            "org.bson..",
            "jakarta.mail..",
            "java.io..",
            "java.nio..",
            "java.net..",
            "java.sql..",
            "com.stripe..",
            "dev.langchain4j..")
        .check(WORKFLOWS);
  }

  @Test
  void workflowImplementationsUseNoNonDeterministicJdkCalls() {
    noClasses()
        .that(WORKFLOW_IMPLEMENTATIONS)
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(System.class, "nanoTime")
        .orShould()
        .callMethod(java.util.UUID.class, "randomUUID")
        .orShould()
        .callMethodWhere(
            DescribedPredicate.describe(
                "now() of java.time",
                call ->
                    call.getName().equals("now")
                        && call.getTargetOwner().getPackageName().equals("java.time")))
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("java.util.concurrent..")
        .orShould()
        .dependOnClassesThat()
        .belongToAnyOf(
            Thread.class,
            java.util.Random.class,
            java.security.SecureRandom.class,
            java.time.Clock.class,
            java.util.Timer.class)
        .check(WORKFLOWS);
  }

  @Test
  void everyWorkflowInterfaceHasAnImplementationUnderTheRules() {
    // Guards the rule above against silently matching nothing after a refactoring.
    long implementations = WORKFLOWS.stream().filter(WORKFLOW_IMPLEMENTATIONS::test).count();
    org.assertj.core.api.Assertions.assertThat(implementations).isPositive();
  }
}
