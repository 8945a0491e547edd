/** The bundled sample case reports, imported on the first start of an empty embedded store. */
@NullMarked
package dev.kb.graphql.sample;

import org.jspecify.annotations.NullMarked;
