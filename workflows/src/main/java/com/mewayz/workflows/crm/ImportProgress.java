package com.mewayz.workflows.crm;

/**
 * Where an import stands: {@code status} is RUNNING, COMPLETED or CANCELLED; rows done out of
 * total, and what became of them.
 */
public record ImportProgress(
    String status, int totalRows, int rowsDone, int created, int updated, int rejected) {

  ImportProgress plus(ChunkResult chunk) {
    return new ImportProgress(
        status,
        totalRows,
        rowsDone + chunk.rows(),
        created + chunk.created(),
        updated + chunk.updated(),
        rejected + chunk.rejected());
  }

  ImportProgress withStatus(String next) {
    return new ImportProgress(next, totalRows, rowsDone, created, updated, rejected);
  }
}
