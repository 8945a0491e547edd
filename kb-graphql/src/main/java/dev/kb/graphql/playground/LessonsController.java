package dev.kb.graphql.playground;

import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the lessons to the GraphiQL page as JSON, read once at start-up. */
@RestController
class LessonsController {

  private final List<Lesson> lessons = Lessons.load();

  @GetMapping(path = "/graphiql/lessons.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<List<Lesson>> lessons() {
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(lessons);
  }
}
