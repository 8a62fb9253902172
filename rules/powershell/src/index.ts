import psCmdletParameters from "./rules/ps-cmdlet-parameters.js";
import psCredentialVariable from "./rules/ps-credential-variable.js";
import psConnectionParameters from "./rules/ps-connection-parameters.js";
import psCsvDataFile from "./rules/ps-csvdata-file.js";
import psDeprecatedConnection from "./rules/ps-deprecated-connection.js";
import psExchangeModuleVersion from "./rules/ps-exchange-module-version.js";
import psExportCsv from "./rules/ps-export-csv.js";
import psFileEncoding from "./rules/ps-file-encoding.js";
import psMaxSessions from "./rules/ps-max-sessions.js";
import psMigrationBatch from "./rules/ps-migration-batch.js";
import psPlaintextSecret from "./rules/ps-plaintext-secret.js";
import psRetiredModule from "./rules/ps-retired-module.js";
import psSessionCleanup from "./rules/ps-session-cleanup.js";
import psSharedSipAddressSpace from "./rules/ps-shared-sip-address-space.js";
import psSkypeHybrid from "./rules/ps-skype-hybrid.js";
import psUntrustedCertificate from "./rules/ps-untrusted-certificate.js";

/** The PowerShell rules, by id (without the `miglint/` prefix). */
export const rules = {
	"ps-cmdlet-parameters": psCmdletParameters,
	"ps-credential-variable": psCredentialVariable,
	"ps-connection-parameters": psConnectionParameters,
	"ps-csvdata-file": psCsvDataFile,
	"ps-deprecated-connection": psDeprecatedConnection,
	"ps-exchange-module-version": psExchangeModuleVersion,
	"ps-export-csv": psExportCsv,
	"ps-file-encoding": psFileEncoding,
	"ps-max-sessions": psMaxSessions,
	"ps-migration-batch": psMigrationBatch,
	"ps-plaintext-secret": psPlaintextSecret,
	"ps-retired-module": psRetiredModule,
	"ps-session-cleanup": psSessionCleanup,
	"ps-shared-sip-address-space": psSharedSipAddressSpace,
	"ps-skype-hybrid": psSkypeHybrid,
	"ps-untrusted-certificate": psUntrustedCertificate,
};
