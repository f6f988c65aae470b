package id.ac.ugm.aicare.schema.engine.lint.rules;

import id.ac.ugm.aicare.schema.engine.lint.RuleDefinition;

/** A check over one migration file. Each rule is its own small class in this package. */
public interface Rule {

    RuleDefinition definition();

    void check(MigrationScript script, RuleHits hits);
}
