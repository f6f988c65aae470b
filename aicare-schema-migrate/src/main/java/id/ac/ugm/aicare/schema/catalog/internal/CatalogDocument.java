package id.ac.ugm.aicare.schema.catalog.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import id.ac.ugm.aicare.schema.catalog.internal.CatalogQuery.Catalog;
import id.ac.ugm.aicare.schema.catalog.internal.CatalogQuery.Column;
import id.ac.ugm.aicare.schema.catalog.internal.CatalogQuery.Constraint;
import id.ac.ugm.aicare.schema.catalog.internal.CatalogQuery.Definition;
import id.ac.ugm.aicare.schema.catalog.internal.CatalogQuery.Index;
import id.ac.ugm.aicare.schema.catalog.internal.CatalogQuery.Sequence;
import id.ac.ugm.aicare.schema.catalog.internal.CatalogQuery.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link CatalogQuery}'s JSON document read with jackson-core's streaming parser straight into its
 * records: no tree and no jackson-databind, whose class loading cost a fresh JVM more than the parse
 * (about 150 ms, over 400 classes, on the path of every CLI command and helper migration). Values
 * read as a tree's {@code asText}, {@code asBoolean} and {@code asLong} read them, so the records are
 * those the tree gave; fields the query does not send are skipped.
 */
final class CatalogDocument {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonParser parser;

    private CatalogDocument(JsonParser parser) {
        this.parser = parser;
    }

    static Catalog parse(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            CatalogDocument document = new CatalogDocument(parser);
            parser.nextToken();
            try {
                return document.catalog();
            } catch (IOException | RuntimeException e) {
                // The document's values are catalog text (comments, defaults): only where, never what.
                throw new IllegalStateException("unreadable catalog document at character "
                        + parser.currentLocation().getCharOffset() + " (" + e.getClass().getSimpleName() + ")");
            }
        } catch (IOException e) {
            throw new IllegalStateException("unreadable catalog document (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Catalog catalog() throws IOException {
        String schema = null;
        String currentSchema = null;
        String qualifier = null;
        Map<String, String> relations = new LinkedHashMap<>();
        Map<String, List<String>> enums = new LinkedHashMap<>();
        List<String> types = List.of();
        List<Sequence> sequences = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        expect(JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "schema" -> schema = text();
                case "currentSchema" -> currentSchema = text();
                case "qualifier" -> qualifier = text();
                case "relations" -> {
                    expect(JsonToken.START_OBJECT);
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        parser.nextToken();
                        relations.put(name, asText());
                    }
                }
                case "enums" -> {
                    expect(JsonToken.START_OBJECT);
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        parser.nextToken();
                        enums.put(name, strings());
                    }
                }
                case "types" -> types = strings();
                case "sequences" -> {
                    expect(JsonToken.START_ARRAY);
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        sequences.add(sequence());
                    }
                }
                case "tables" -> {
                    expect(JsonToken.START_ARRAY);
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        tables.add(table());
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return new Catalog(schema, currentSchema, qualifier, relations, enums, Set.copyOf(types),
                List.copyOf(sequences), List.copyOf(tables));
    }

    private Sequence sequence() throws IOException {
        String name = null;
        String type = null;
        long start = 0;
        long increment = 0;
        long min = 0;
        long max = 0;
        long cache = 0;
        boolean cycle = false;
        String ownedBy = null;
        expect(JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "name" -> name = asText();
                case "type" -> type = asText();
                case "start" -> start = asLong();
                case "increment" -> increment = asLong();
                case "min" -> min = asLong();
                case "max" -> max = asLong();
                case "cache" -> cache = asLong();
                case "cycle" -> cycle = asBoolean();
                case "ownedBy" -> ownedBy = text();
                default -> parser.skipChildren();
            }
        }
        return new Sequence(name, type, start, increment, min, max, cache, cycle, ownedBy);
    }

    private Table table() throws IOException {
        String name = null;
        String comment = null;
        boolean rowSecurity = false;
        boolean forceRowSecurity = false;
        List<Column> columns = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<Definition> triggers = List.of();
        List<Definition> rules = List.of();
        List<Definition> policies = List.of();
        expect(JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "name" -> name = asText();
                case "comment" -> comment = text();
                case "rowSecurity" -> rowSecurity = asBoolean();
                case "forceRowSecurity" -> forceRowSecurity = asBoolean();
                case "columns" -> {
                    expect(JsonToken.START_ARRAY);
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        columns.add(column());
                    }
                }
                case "constraints" -> {
                    expect(JsonToken.START_ARRAY);
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        constraints.add(constraint());
                    }
                }
                case "indexes" -> {
                    expect(JsonToken.START_ARRAY);
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        indexes.add(index());
                    }
                }
                case "triggers" -> triggers = definitions();
                case "rules" -> rules = definitions();
                case "policies" -> policies = definitions();
                default -> parser.skipChildren();
            }
        }
        return new Table(name, comment, rowSecurity, forceRowSecurity, List.copyOf(columns), List.copyOf(constraints),
                List.copyOf(indexes), triggers, rules, policies);
    }

    private Column column() throws IOException {
        String name = null;
        String type = null;
        boolean notNull = false;
        String defaultExpression = null;
        String comment = null;
        String identity = null;
        expect(JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "name" -> name = asText();
                case "type" -> type = asText();
                case "notNull" -> notNull = asBoolean();
                case "default" -> defaultExpression = text();
                case "comment" -> comment = text();
                case "identity" -> identity = text();
                default -> parser.skipChildren();
            }
        }
        return new Column(name, type, notNull, defaultExpression, comment, identity);
    }

    private Constraint constraint() throws IOException {
        String name = null;
        char type = 0;
        String definition = null;
        boolean validated = false;
        List<String> columns = List.of();
        String refSchema = null;
        String refTable = null;
        List<String> refColumns = List.of();
        String onDelete = null;
        String onUpdate = null;
        expect(JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "name" -> name = asText();
                case "type" -> type = asText().charAt(0);
                case "definition" -> definition = asText();
                case "validated" -> validated = asBoolean();
                case "columns" -> columns = strings();
                case "refSchema" -> refSchema = text();
                case "refTable" -> refTable = text();
                case "refColumns" -> refColumns = strings();
                case "onDelete" -> onDelete = text();
                case "onUpdate" -> onUpdate = text();
                default -> parser.skipChildren();
            }
        }
        return new Constraint(name, type, definition, validated, columns, refSchema, refTable, refColumns, onDelete,
                onUpdate);
    }

    private Index index() throws IOException {
        String name = null;
        boolean unique = false;
        boolean valid = false;
        String method = null;
        List<String> keys = List.of();
        String predicate = null;
        String definition = null;
        String constraint = null;
        expect(JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "name" -> name = asText();
                case "unique" -> unique = asBoolean();
                case "valid" -> valid = asBoolean();
                case "method" -> method = asText();
                case "keys" -> keys = strings();
                case "predicate" -> predicate = text();
                case "definition" -> definition = asText();
                case "constraint" -> constraint = text();
                default -> parser.skipChildren();
            }
        }
        return new Index(name, unique, valid, method, keys, predicate, definition, constraint);
    }

    /** Triggers, rules or policies; a missing or null list is empty, a missing {@code enabled} is true. */
    private List<Definition> definitions() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        expect(JsonToken.START_ARRAY);
        List<Definition> definitions = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            expect(JsonToken.START_OBJECT);
            String name = null;
            String definition = null;
            boolean enabled = true;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "name" -> name = asText();
                    case "definition" -> definition = asText();
                    case "enabled" -> enabled = asBoolean();
                    default -> parser.skipChildren();
                }
            }
            definitions.add(new Definition(name, definition, enabled));
        }
        return List.copyOf(definitions);
    }

    /** An array of scalars, each as {@link #asText}; null is an empty list. */
    private List<String> strings() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        expect(JsonToken.START_ARRAY);
        List<String> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            values.add(asText());
        }
        return List.copyOf(values);
    }

    /** The current value as text, null for JSON null. */
    private String text() throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : asText();
    }

    /** The current scalar as a tree's {@code asText} gives it: a string's value, a literal's text ("null" too). */
    private String asText() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            // A tree prints the parsed number, not the literal (leading zeros, a plus sign).
            return switch (parser.getNumberType()) {
                case INT -> Integer.toString(parser.getIntValue());
                case LONG -> Long.toString(parser.getLongValue());
                default -> parser.getBigIntegerValue().toString();
            };
        }
        if (token.isStructStart()) {
            parser.skipChildren();
            return "";
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            throw new IOException("a fractional number where text was expected");
        }
        return parser.getText();
    }

    private boolean asBoolean() throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_TRUE -> true;
            case VALUE_STRING -> "true".equals(parser.getText().trim());
            case VALUE_NUMBER_INT -> parser.getLongValue() != 0;
            case START_OBJECT, START_ARRAY -> {
                parser.skipChildren();
                yield false;
            }
            default -> false;
        };
    }

    private long asLong() throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_NUMBER_INT -> parser.getLongValue();
            case VALUE_NULL, VALUE_FALSE -> 0;
            case VALUE_TRUE -> 1;
            default -> throw new IOException("a " + parser.currentToken() + " where a whole number was expected");
        };
    }

    private void expect(JsonToken token) throws IOException {
        if (parser.currentToken() != token) {
            throw new IOException("expected " + token + ", found " + parser.currentToken());
        }
    }
}
