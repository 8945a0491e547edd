/** The kb Spring Boot application: GraphQL over the case-report graph, and the playground. */
@NullMarked
package dev.kb.graphql;

import org.jspecify.annotations.NullMarked;
