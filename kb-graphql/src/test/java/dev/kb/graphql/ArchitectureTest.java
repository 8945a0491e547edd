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

  // The loader writes through Spring Data Neo4j (issue 14); the rest of kb-import and kb-core
  // stay plain Java.
  @ArchTest
  static final ArchRule coreAndImportAreFreeOfSpring =
      noClasses()
          .that()
          .resideInAnyPackage("dev.kb.core..", "dev.kb.importer..")
          .and()
          .resideOutsideOfPackage("dev.kb.importer.load..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..");

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
