package id.ac.ugm.aicare.schema.bootstrap.erd;

import id.ac.ugm.aicare.schema.bootstrap.erd.EntityDiagram.DiagramTable;
import id.ac.ugm.aicare.schema.bootstrap.erd.EntityDiagram.KeyColumn;
import id.ac.ugm.aicare.schema.bootstrap.erd.EntityDiagram.Link;

/** Writes an {@link EntityDiagram} as a Graphviz digraph: a record per table, an edge per foreign key. */
final class DotDiagram {

    private DotDiagram() {
    }

    static String render(EntityDiagram diagram) {
        StringBuilder text = new StringBuilder("digraph erd {\n")
                .append("    rankdir=LR;\n")
                .append("    node [shape=record, fontname=\"Helvetica\", fontsize=10];\n")
                .append("    edge [fontname=\"Helvetica\", fontsize=9];\n");
        for (DiagramTable table : diagram.tables()) {
            text.append("    ").append(table.name()).append(" [label=\"{").append(table.name());
            if (!table.keyColumns().isEmpty()) {
                text.append('|');
                for (KeyColumn column : table.keyColumns()) {
                    text.append(column.name()).append(" : ").append(column.type()).append(' ')
                            .append(column.markers())
                            .append("\\l");
                }
            }
            text.append("}\"];\n");
        }
        for (String table : diagram.elsewhere()) {
            text.append("    ").append(table).append(" [style=dashed];\n");
        }
        for (Link link : diagram.links()) {
            text.append("    ").append(link.table()).append(" -> ").append(link.referencedTable())
                    .append(" [label=\"").append(String.join(", ", link.columns())).append('"')
                    .append(link.optional() ? ", style=dashed" : "").append("];\n");
        }
        return text.append("}\n").toString();
    }
}
