import psBatchPolicyAssignment from "./rules/ps-batch-policy-assignment.js";
import psByteEncoding from "./rules/ps-byte-encoding.js";
import psCmdletParameters from "./rules/ps-cmdlet-parameters.js";
import psConnectionParameters from "./rules/ps-connection-parameters.js";
import psCredentialVariable from "./rules/ps-credential-variable.js";
import psCsvDataFile from "./rules/ps-csvdata-file.js";
import psDeprecatedConnection from "./rules/ps-deprecated-connection.js";
import psDeprecatedParameter from "./rules/ps-deprecated-parameter.js";
import psExchangeModuleVersion from "./rules/ps-exchange-module-version.js";
import psExportCsv from "./rules/ps-export-csv.js";
import psFileEncoding from "./rules/ps-file-encoding.js";
import psMaxSessions from "./rules/ps-max-sessions.js";
import psMigrationBatch from "./rules/ps-migration-batch.js";
import psMigrationBatchRemoval from "./rules/ps-migration-batch-removal.js";
import psMigrationBatchType from "./rules/ps-migration-batch-type.js";
import psMigrationEndpoint from "./rules/ps-migration-endpoint.js";
import psMigrationFolders from "./rules/ps-migration-folders.js";
import psMigrationSchedule from "./rules/ps-migration-schedule.js";
import psMigrationSkipOptions from "./rules/ps-migration-skip-options.js";
import psPlaintextSecret from "./rules/ps-plaintext-secret.js";
import psRetiredModule from "./rules/ps-retired-module.js";
import psSessionCleanup from "./rules/ps-session-cleanup.js";
import psSharedSipAddressSpace from "./rules/ps-shared-sip-address-space.js";
import psSkypeHybrid from "./rules/ps-skype-hybrid.js";
import psUntrustedCertificate from "./rules/ps-untrusted-certificate.js";

/** The PowerShell rules, by id (without the `miglint/` prefix). */
export const rules = {
	"ps-batch-policy-assignment": psBatchPolicyAssignment,
	"ps-byte-encoding": psByteEncoding,
	"ps-cmdlet-parameters": psCmdletParameters,
	"ps-connection-parameters": psConnectionParameters,
	"ps-credential-variable": psCredentialVariable,
	"ps-csvdata-file": psCsvDataFile,
	"ps-deprecated-connection": psDeprecatedConnection,
	"ps-deprecated-parameter": psDeprecatedParameter,
	"ps-exchange-module-version": psExchangeModuleVersion,
	"ps-export-csv": psExportCsv,
	"ps-file-encoding": psFileEncoding,
	"ps-max-sessions": psMaxSessions,
	"ps-migration-batch": psMigrationBatch,
	"ps-migration-batch-removal": psMigrationBatchRemoval,
	"ps-migration-batch-type": psMigrationBatchType,
	"ps-migration-endpoint": psMigrationEndpoint,
	"ps-migration-folders": psMigrationFolders,
	"ps-migration-schedule": psMigrationSchedule,
	"ps-migration-skip-options": psMigrationSkipOptions,
	"ps-plaintext-secret": psPlaintextSecret,
	"ps-retired-module": psRetiredModule,
	"ps-session-cleanup": psSessionCleanup,
	"ps-shared-sip-address-space": psSharedSipAddressSpace,
	"ps-skype-hybrid": psSkypeHybrid,
	"ps-untrusted-certificate": psUntrustedCertificate,
};
