package dev.kb.graphql.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The curator's credentials ({@code kb.security.curator.username} and {@code .password}). There is
 * no default password: without one, nobody can write.
 *
 * @param username the curator's user name
 * @param password the curator's password; {@code {bcrypt}…} hashes are accepted, plain text too
 */
@ConfigurationProperties("kb.security.curator")
public record CuratorProperties(@Nullable String username, @Nullable String password) {}
