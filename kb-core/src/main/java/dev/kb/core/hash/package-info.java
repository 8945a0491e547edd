/** Content hashes. */
@NullMarked
package dev.kb.core.hash;

import org.jspecify.annotations.NullMarked;
