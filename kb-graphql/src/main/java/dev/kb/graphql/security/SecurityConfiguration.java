package dev.kb.graphql.security;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;

/**
 * Reads are public and anonymous; writes (the GraphQL mutations) need the {@code CURATOR} role,
 * checked on each mutation. Curators authenticate with HTTP Basic on every request: no session, no
 * cookie, and so no CSRF token to manage for API clients.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

  /** The role mutations require. */
  static final String CURATOR = "CURATOR";

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole(CURATOR)
                    // The schema as SDL, a read like any other (the playground links it).
                    .requestMatchers(HttpMethod.GET, "/graphql/schema")
                    .permitAll()
                    .anyRequest()
                    .permitAll())
        .httpBasic(Customizer.withDefaults())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  @Bean
  UserDetailsService curators(CuratorProperties curator) {
    List<UserDetails> users = new ArrayList<>();
    if (StringUtils.hasText(curator.username()) && StringUtils.hasText(curator.password())) {
      PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
      String password = curator.password();
      String encoded = password.startsWith("{") ? password : encoder.encode(password);
      users.add(User.withUsername(curator.username()).password(encoded).roles(CURATOR).build());
    } else {
      log.warn(
          "No curator configured (kb.security.curator.username/password): the API is read-only");
    }
    return new InMemoryUserDetailsManager(users);
  }
}
