package dev.kb.core.knowledge;

import dev.kb.core.concept.Concept;
import java.util.List;

/**
 * A chain of knowledge edges joining two concepts; edges may be walked in either direction.
 *
 * @param concepts the concepts along the path, from start to end
 * @param edges the edges between them, {@code edges.get(i)} joining concepts i and i+1
 */
public record KnowledgePath(List<Concept> concepts, List<KnowledgeEdge> edges) {}
