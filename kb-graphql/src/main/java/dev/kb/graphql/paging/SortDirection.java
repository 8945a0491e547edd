package dev.kb.graphql.paging;

/** The {@code SortDirection} enum of the schema. */
public enum SortDirection {
  ASC,
  DESC
}
