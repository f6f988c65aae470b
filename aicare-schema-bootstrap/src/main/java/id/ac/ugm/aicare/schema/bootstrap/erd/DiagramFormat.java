package id.ac.ugm.aicare.schema.bootstrap.erd;

import java.util.Locale;

/** The notations an {@link EntityDiagram} can be written in. */
public enum DiagramFormat {
    /** Mermaid's {@code erDiagram}, which GitHub and GitLab draw inside a Markdown code block. */
    MERMAID {
        @Override
        public String render(EntityDiagram diagram) {
            return MermaidDiagram.render(diagram);
        }
    },
    /** Graphviz DOT, for {@code dot -Tsvg}. */
    DOT {
        @Override
        public String render(EntityDiagram diagram) {
            return DotDiagram.render(diagram);
        }
    };

    /** The diagram as text in this notation, ending with a newline. */
    public abstract String render(EntityDiagram diagram);

    /** The lower-case name used on the command line. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
