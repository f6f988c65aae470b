package id.ac.ugm.aicare.schema.bootstrap.erd;

import id.ac.ugm.aicare.schema.bootstrap.erd.EntityDiagram.DiagramTable;
import id.ac.ugm.aicare.schema.bootstrap.erd.EntityDiagram.KeyColumn;
import id.ac.ugm.aicare.schema.bootstrap.erd.EntityDiagram.Link;

/** Writes an {@link EntityDiagram} as a Mermaid {@code erDiagram}. */
final class MermaidDiagram {

    private MermaidDiagram() {
    }

    static String render(EntityDiagram diagram) {
        StringBuilder text = new StringBuilder("erDiagram\n");
        for (DiagramTable table : diagram.tables()) {
            text.append("    ").append(table.name()).append(" {\n");
            for (KeyColumn column : table.keyColumns()) {
                text.append("        ").append(column.type()).append(' ').append(column.name()).append(' ')
                        .append(column.markers()).append('\n');
            }
            text.append("    }\n");
        }
        // A table of another module appears as an empty box: Mermaid draws any table a link names.
        for (Link link : diagram.links()) {
            text.append("    ").append(link.referencedTable()).append(' ')
                    .append(link.optional() ? "|o" : "||").append("--").append(link.atMostOne() ? "o|" : "o{")
                    .append(' ').append(link.table()).append(" : \"").append(String.join(", ", link.columns()))
                    .append("\"\n");
        }
        return text.toString();
    }
}
