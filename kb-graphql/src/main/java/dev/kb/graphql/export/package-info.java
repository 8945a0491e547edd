/**
 * CSV downloads of flat results — cases, their facts, side-effect signals — for spreadsheets and
 * statistics tools, on {@code GET /export/*.csv} with the same filters as the GraphQL fields.
 */
@NullMarked
package dev.kb.graphql.export;

import org.jspecify.annotations.NullMarked;
