/**
 * GraphQL over HTTP beyond Spring's POST endpoint: queries by GET (cacheable links), mutations
 * refused there, with the spec's media type and status codes.
 */
@NullMarked
package dev.kb.graphql.http;

import org.jspecify.annotations.NullMarked;
