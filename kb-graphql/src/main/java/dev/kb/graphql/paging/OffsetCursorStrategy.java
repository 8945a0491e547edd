package dev.kb.graphql.paging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;

/**
 * kb's cursors ({@link Cursors}) as Spring for GraphQL's cursor strategy: a position in a list is
 * an offset.
 *
 * <p>Being the application's {@code CursorStrategy}, it also keeps Boot from installing its Spring
 * Data one, which comes with Spring Data Neo4j on the classpath. That one adapts every field of a
 * {@code *Connection} type for Spring Data's windows, and answers a connection its resolver refused
 * (a forged cursor, a page too large) with an empty connection instead of the refusal alone: the
 * client got a second error, a null {@code totalCount}. kb's connections are built by its
 * controllers ({@link Connection}), from offsets.
 */
final class OffsetCursorStrategy implements CursorStrategy<Long> {

  /**
   * The application's cursor strategy. Primary, because Boot still defines its Spring Data one (it
   * looks only for a strategy of scroll positions) and hands the primary strategy to what decides
   * whether to adapt connections.
   */
  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    @Primary
    EncodingCursorStrategy<Long> offsetCursorStrategy() {
      // Cursors encode themselves (Base64): nothing more to wrap them in.
      return CursorStrategy.withEncoder(new OffsetCursorStrategy(), CursorEncoder.noOpEncoder());
    }
  }

  @Override
  public boolean supports(Class<?> targetType) {
    return Long.class.isAssignableFrom(targetType);
  }

  @Override
  public String toCursor(Long offset) {
    return Cursors.encode(offset);
  }

  /**
   * @throws dev.kb.graphql.error.InvalidArgumentException for a cursor this API did not give out
   */
  @Override
  public Long fromCursor(String cursor) {
    return Cursors.offsetAfter(cursor) - 1;
  }
}
