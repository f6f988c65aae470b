/**
 * The schemas each model module released, kept in its jar, and the baseline version that follows
 * from them (see {@link id.ac.ugm.aicare.model.core.spi.ModelModule#baselineVersion()}).
 */
package id.ac.ugm.aicare.model.core.baseline;
