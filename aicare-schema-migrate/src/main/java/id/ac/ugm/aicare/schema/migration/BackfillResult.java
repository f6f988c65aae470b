package id.ac.ugm.aicare.schema.migration;

/**
 * What a backfill did: {@link Outcome#ALREADY_PRESENT} when no row matched.
 *
 * @param rows    rows updated
 * @param batches batches committed
 */
public record BackfillResult(Outcome outcome, long rows, int batches) {
}
