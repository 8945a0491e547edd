package dev.kb.graphql;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module and package structure: dependencies point one way ({@code kb-graphql} → {@code
 * kb-import} → {@code kb-core}), the extraction engine is plain Java, and no packages form cycles.
 * It runs here because this module's test classpath holds all three modules.
 */
@AnalyzeClasses(packages = "dev.kb", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreDependsOnNoOtherModule =
      noClasses()
          .that()
          .resideInAPackage("dev.kb.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.kb.importer..", "dev.kb.graphql..");

  @ArchTest
  static final ArchRule importDoesNotDependOnTheApp =
      noClasses()
          .that()
          .resideInAPackage("dev.kb.importer..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.kb.graphql..");

  /**
   * kb-core and the loader use Spring only for data access (Spring Data Neo4j, its transactions,
   * retries; ADR 011): never Boot, the web or GraphQL, which are the app's.
   */
  @ArchTest
  static final ArchRule coreAndImportUseSpringOnlyForDataAccess =
      noClasses()
          .that()
          .resideInAnyPackage("dev.kb.core..", "dev.kb.importer..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework.boot..",
              "org.springframework.web..",
              "org.springframework.graphql..",
              "org.springframework.context..");

  @ArchTest
  static final ArchRule extractionIsPlainJava =
      noClasses()
          .that()
          .resideInAnyPackage(
              "dev.kb.importer.extract..",
              "dev.kb.importer.text..",
              "dev.kb.importer.lexicon..",
              "dev.kb.importer.context..",
              "dev.kb.importer.brat..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.neo4j..",
              "org.springframework..",
              "dev.kb.importer.load..",
              "dev.kb.importer.cli..");

  @ArchTest
  static final ArchRule valuesStayPlain =
      noClasses()
          .that()
          .resideInAPackage("dev.kb.core.fact..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.neo4j..");

  @ArchTest
  static final ArchRule noCyclesBetweenModules =
      slices().matching("dev.kb.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noCyclesBetweenPackages =
      slices().matching("dev.kb.(*).(*)..").should().beFreeOfCycles();
}
