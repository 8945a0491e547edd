package dev.kb.importer.synthetic;

/**
 * One generated case report, with what it was written from, so tests and benchmarks can check what
 * is extracted against what was meant.
 *
 * @param source where the case comes from: {@code synthetic:<seed>:<number>}
 * @param title the title, also the first line of {@code text}
 * @param text the report: the title, a blank line, then paragraphs of prose
 * @param diagnosisId the concept id of the diagnosis the case is about
 * @param age the patient's age in years
 * @param sex {@code female} or {@code male}
 */
public record SyntheticCase(
    String source, String title, String text, String diagnosisId, int age, String sex) {}
