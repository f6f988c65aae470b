/**
 * What a lint rule is, apart from how it is checked: its identity and documentation
 * ({@link id.ac.ugm.aicare.schema.lint.rule.RuleDefinition}), its category and the severity of its
 * findings. Both the public linter and its internal rule implementations build on these types, and
 * they depend on nothing else, so that the packages of the linter form no cycle.
 */
package id.ac.ugm.aicare.schema.lint.rule;
