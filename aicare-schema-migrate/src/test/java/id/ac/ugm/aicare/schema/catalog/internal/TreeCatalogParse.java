package id.ac.ugm.aicare.schema.catalog.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ac.ugm.aicare.schema.catalog.internal.CatalogQuery.Catalog;
import id.ac.ugm.aicare.schema.catalog.internal.CatalogQuery.Column;
import id.ac.ugm.aicare.schema.catalog.internal.CatalogQuery.Constraint;
import id.ac.ugm.aicare.schema.catalog.internal.CatalogQuery.Definition;
import id.ac.ugm.aicare.schema.catalog.internal.CatalogQuery.Index;
import id.ac.ugm.aicare.schema.catalog.internal.CatalogQuery.Sequence;
import id.ac.ugm.aicare.schema.catalog.internal.CatalogQuery.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog document's parse as it was before {@link CatalogDocument}: Jackson's tree
 * ({@code ObjectMapper.readTree}), kept verbatim as the reference the streaming parse must equal.
 */
final class TreeCatalogParse {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TreeCatalogParse() {
    }

    static Catalog parse(String json) {
        try {
            return catalog(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Catalog catalog(JsonNode root) {
        Map<String, String> relations = new LinkedHashMap<>();
        root.get("relations").fields().forEachRemaining(e -> relations.put(e.getKey(), e.getValue().asText()));
        Map<String, List<String>> enums = new LinkedHashMap<>();
        root.get("enums").fields().forEachRemaining(e -> enums.put(e.getKey(), strings(e.getValue())));
        List<Sequence> sequences = new ArrayList<>();
        for (JsonNode s : root.get("sequences")) {
            sequences.add(new Sequence(s.get("name").asText(), s.get("type").asText(), s.get("start").asLong(),
                    s.get("increment").asLong(), s.get("min").asLong(), s.get("max").asLong(), s.get("cache").asLong(),
                    s.get("cycle").asBoolean(), text(s.get("ownedBy"))));
        }
        List<Table> tables = new ArrayList<>();
        for (JsonNode t : root.get("tables")) {
            tables.add(table(t));
        }
        return new Catalog(text(root.get("schema")), text(root.get("currentSchema")), text(root.get("qualifier")),
                relations, enums, Set.copyOf(strings(root.get("types"))), List.copyOf(sequences), List.copyOf(tables));
    }

    private static Table table(JsonNode t) {
        List<Column> columns = new ArrayList<>();
        for (JsonNode c : t.get("columns")) {
            columns.add(new Column(c.get("name").asText(), c.get("type").asText(), c.get("notNull").asBoolean(),
                    text(c.get("default")), text(c.get("comment")), text(c.get("identity"))));
        }
        List<Constraint> constraints = new ArrayList<>();
        for (JsonNode k : t.get("constraints")) {
            constraints.add(new Constraint(k.get("name").asText(), k.get("type").asText().charAt(0),
                    k.get("definition").asText(), k.get("validated").asBoolean(), strings(k.get("columns")),
                    text(k.get("refSchema")), text(k.get("refTable")), strings(k.get("refColumns")),
                    text(k.get("onDelete")), text(k.get("onUpdate"))));
        }
        List<Index> indexes = new ArrayList<>();
        for (JsonNode i : t.get("indexes")) {
            indexes.add(new Index(i.get("name").asText(), i.get("unique").asBoolean(), i.get("valid").asBoolean(),
                    i.get("method").asText(), strings(i.get("keys")), text(i.get("predicate")),
                    i.get("definition").asText(), text(i.get("constraint"))));
        }
        return new Table(t.get("name").asText(), text(t.get("comment")), t.get("rowSecurity").asBoolean(),
                t.get("forceRowSecurity").asBoolean(), List.copyOf(columns), List.copyOf(constraints),
                List.copyOf(indexes), definitions(t.get("triggers")), definitions(t.get("rules")),
                definitions(t.get("policies")));
    }

    private static List<Definition> definitions(JsonNode array) {
        List<Definition> definitions = new ArrayList<>();
        if (array != null) {
            for (JsonNode d : array) {
                definitions.add(new Definition(d.get("name").asText(), d.get("definition").asText(),
                        d.get("enabled") == null || d.get("enabled").asBoolean()));
            }
        }
        return List.copyOf(definitions);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && !array.isNull()) {
            array.forEach(value -> values.add(value.asText()));
        }
        return List.copyOf(values);
    }
}
