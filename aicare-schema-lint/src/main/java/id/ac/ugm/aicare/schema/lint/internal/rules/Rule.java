package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;

/** A check over one migration file. Each rule is its own small class in this package. */
public interface Rule {

    RuleDefinition definition();

    void check(MigrationScript script, RuleHits hits);
}
