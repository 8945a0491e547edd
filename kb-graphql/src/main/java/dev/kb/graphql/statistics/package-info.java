/** Counts over the cases a filter matches: by the patient's sex and age band. */
@NullMarked
package dev.kb.graphql.statistics;

import org.jspecify.annotations.NullMarked;
