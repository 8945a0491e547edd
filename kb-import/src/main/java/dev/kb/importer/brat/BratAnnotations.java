package dev.kb.importer.brat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The annotations of one brat standoff file ({@code .ann}), as the gold corpora use them: text
 * bound entities ({@code T}), events with their trigger ({@code E}), relations ({@code R}) and
 * attributes ({@code A}). Lines of other kinds, or malformed, are passed over.
 *
 * @param entities the entities by id, in file order
 * @param eventTriggers each event's trigger entity, by event id
 * @param relations the relations, in file order
 * @param attributes the attributes, in file order
 */
public record BratAnnotations(
    Map<String, Entity> entities,
    Map<String, String> eventTriggers,
    List<Relation> relations,
    List<Attribute> attributes) {

  /**
   * A text-bound entity; a discontinuous span ("0 5;9 12") runs from its first start to its last
   * end.
   */
  public record Entity(String id, String type, int start, int end) {}

  /** A relation between two entities or events: {@code CAUSE Arg1:T1 Arg2:E2}. */
  public record Relation(String type, String from, String to) {}

  /** An attribute of an entity or event: {@code POLARITY E3 NEG}. */
  public record Attribute(String name, String target, String value) {}

  /** Parses the content of an {@code .ann} file. */
  public static BratAnnotations parse(String ann) {
    Map<String, Entity> entities = new LinkedHashMap<>();
    Map<String, String> triggers = new HashMap<>();
    List<Relation> relations = new ArrayList<>();
    List<Attribute> attributes = new ArrayList<>();
    for (String line : ann.split("\r?\n")) {
      String[] columns = line.split("\t");
      if (columns.length < 2) {
        continue;
      }
      String id = columns[0];
      String[] fields = columns[1].trim().split(" ");
      if (id.startsWith("T")) {
        String[] typeAndOffsets = columns[1].split(" ", 2);
        if (typeAndOffsets.length == 2) {
          String[] offsets = typeAndOffsets[1].split("[ ;]");
          entities.put(
              id,
              new Entity(
                  id,
                  typeAndOffsets[0],
                  Integer.parseInt(offsets[0]),
                  Integer.parseInt(offsets[offsets.length - 1])));
        }
      } else if (id.startsWith("E")) {
        int colon = fields[0].indexOf(':');
        if (colon > 0) {
          triggers.put(id, fields[0].substring(colon + 1));
        }
      } else if (id.startsWith("R") && fields.length == 3) {
        relations.add(new Relation(fields[0], argument(fields[1]), argument(fields[2])));
      } else if (id.startsWith("A") && fields.length == 3) {
        attributes.add(new Attribute(fields[0], fields[1], fields[2]));
      }
    }
    return new BratAnnotations(entities, triggers, relations, attributes);
  }

  /** The entity an id stands for: an event's trigger, or the id itself. */
  public String entityId(String id) {
    return eventTriggers.getOrDefault(id, id);
  }

  // "Arg1:T1" -> "T1"
  private static String argument(String field) {
    return field.substring(field.indexOf(':') + 1);
  }
}
