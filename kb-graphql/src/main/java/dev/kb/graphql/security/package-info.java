/** Who may do what: the public reads anonymously; only curators, over HTTP Basic, write. */
@NullMarked
package dev.kb.graphql.security;

import org.jspecify.annotations.NullMarked;
