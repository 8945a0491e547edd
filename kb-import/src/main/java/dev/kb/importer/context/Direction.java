package dev.kb.importer.context;

/** Which side of a trigger its scope lies on. */
enum Direction {
  FORWARD,
  BACKWARD,
  BIDIRECTIONAL
}
