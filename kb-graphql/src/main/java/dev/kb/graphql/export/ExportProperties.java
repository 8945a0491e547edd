package dev.kb.graphql.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the CSV exports ({@code kb.export.*}).
 *
 * @param maxRows the most rows one download may hold: a request matching more is refused unless it
 *     asks for the first rows with {@code limit}, so that nobody downloads the whole store by
 *     accident (it is read page by page, but still read)
 */
@ConfigurationProperties("kb.export")
public record ExportProperties(@DefaultValue("50000") int maxRows) {}
