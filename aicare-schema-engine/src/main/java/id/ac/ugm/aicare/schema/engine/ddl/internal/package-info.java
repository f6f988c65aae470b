/**
 * The build step that writes each model module's build-time schema file
 * ({@code META-INF/aicare/schema/<module>.ddl}). Internal: no compatibility promise; read the
 * schema through {@link id.ac.ugm.aicare.schema.engine.ddl.ModelSchema}.
 */
package id.ac.ugm.aicare.schema.engine.ddl.internal;
