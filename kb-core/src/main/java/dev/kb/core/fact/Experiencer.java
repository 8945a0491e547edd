package dev.kb.core.fact;

/** Who a fact is about: the patient, or someone else (a family member). */
public enum Experiencer {
  PATIENT,
  OTHER
}
