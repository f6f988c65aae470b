/**
 * One SQL builder per kind of schema object: a table with its column and constraint lines, an
 * index, a foreign key, a comment, an enum type. Each carries its names as data and renders its
 * statement, bare or qualified with a schema, so that the DDL renderer and the migration helpers
 * build the same statements in one place and nobody edits or parses SQL they built.
 */
package id.ac.ugm.aicare.sql.ddl;
