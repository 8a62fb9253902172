// What the miglint CLI reads from scripts to derive project facts.
export { createdEndpoints, migrationBatches, type BatchType, type CsvPathReference, type MigrationBatchUse } from "./utils/migration-batches.js";
export { userListFiles, type UserListUse } from "./utils/user-lists.js";
export { policyAssignmentsFromCsv, type PolicyAssignmentUse } from "./utils/policy-assignments.js";
