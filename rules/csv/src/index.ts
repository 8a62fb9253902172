import csvAssumedType from "./rules/csv-assumed-type.js";
import csvColumns from "./rules/csv-columns.js";
import csvDelimiter from "./rules/csv-delimiter.js";
import csvDistinctLimit from "./rules/csv-distinct-limit.js";
import csvEmailAddress from "./rules/csv-email-address.js";
import csvEmailDomain from "./rules/csv-email-domain.js";
import csvEmpty from "./rules/csv-empty.js";
import csvEncoding from "./rules/csv-encoding.js";
import csvFieldCount from "./rules/csv-field-count.js";
import csvForceChangePassword from "./rules/csv-force-change-password.js";
import csvHeader from "./rules/csv-header.js";
import csvImapAdminFormat from "./rules/csv-imap-admin-format.js";
import csvItemLimit from "./rules/csv-item-limit.js";
import csvMaxRows from "./rules/csv-max-rows.js";
import csvMaxSize from "./rules/csv-max-size.js";
import csvPasswordPolicy from "./rules/csv-password-policy.js";
import csvPublicFolderMailboxName from "./rules/csv-public-folder-mailbox-name.js";
import csvPublicFolderRoot from "./rules/csv-public-folder-root.js";
import csvPublicFolderSize from "./rules/csv-public-folder-size.js";
import csvRequiredValue from "./rules/csv-required-value.js";
import csvStagedSourceVersion from "./rules/csv-staged-source-version.js";
import csvUniqueEmail from "./rules/csv-unique-email.js";
import csvUniqueEmailAcrossBatches from "./rules/csv-unique-email-across-batches.js";
import csvUserList from "./rules/csv-user-list.js";
import csvValueFormat from "./rules/csv-value-format.js";

/** The CSV rules, by id (without the `miglint/` prefix). */
export const rules = {
	"csv-assumed-type": csvAssumedType,
	"csv-columns": csvColumns,
	"csv-delimiter": csvDelimiter,
	"csv-distinct-limit": csvDistinctLimit,
	"csv-email-address": csvEmailAddress,
	"csv-email-domain": csvEmailDomain,
	"csv-empty": csvEmpty,
	"csv-encoding": csvEncoding,
	"csv-field-count": csvFieldCount,
	"csv-force-change-password": csvForceChangePassword,
	"csv-header": csvHeader,
	"csv-imap-admin-format": csvImapAdminFormat,
	"csv-item-limit": csvItemLimit,
	"csv-max-rows": csvMaxRows,
	"csv-max-size": csvMaxSize,
	"csv-password-policy": csvPasswordPolicy,
	"csv-public-folder-mailbox-name": csvPublicFolderMailboxName,
	"csv-public-folder-root": csvPublicFolderRoot,
	"csv-public-folder-size": csvPublicFolderSize,
	"csv-required-value": csvRequiredValue,
	"csv-staged-source-version": csvStagedSourceVersion,
	"csv-unique-email": csvUniqueEmail,
	"csv-unique-email-across-batches": csvUniqueEmailAcrossBatches,
	"csv-user-list": csvUserList,
	"csv-value-format": csvValueFormat,
};
