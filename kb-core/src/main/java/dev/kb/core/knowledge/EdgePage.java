package dev.kb.core.knowledge;

import java.util.List;

/** The start of a concept's list of edges, and how many edges the whole list has. */
public record EdgePage(List<KnowledgeEdge> edges, long totalCount) {}
