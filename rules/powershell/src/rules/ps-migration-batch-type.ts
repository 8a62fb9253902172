import { defineRule, getCsvType, getProjectFacts, ruleDocsUrl, withArticle } from "@miglint/core";
import type { PowerShellCommand, PowerShellRuleDefinition } from "@miglint/language-powershell";
import { constantString, isTrue, parameterNameNode } from "../utils/cmdlet-usage.js";
import { endpointOf, migrationBatchTypes } from "../utils/migration-batches.js";

type MessageIds = "targetDeliveryDomainMissing" | "movesOnly" | "targetDeliveryDomainInGoogle";

/** Remote moves, onboarding or offboarding (a cross-tenant batch is a remote move onboarding into the target tenant): they need -TargetDeliveryDomain. */
const REMOTE_MOVES = new Set(["remote-move-onboarding", "remote-move-offboarding", "cross-tenant"]);

/**
 * The parameters New-MigrationBatch documents as "only for local moves and
 * remote move migrations", and the batch types that are neither. Public
 * folder batches are left out: the reference does not say whether they count
 * as moves.
 */
const MOVES_ONLY_PARAMETERS = ["AutoComplete", "ArchiveOnly", "PrimaryOnly", "TargetDatabases", "TargetArchiveDatabases"];
const NOT_MOVES = new Set(["imap", "google-workspace", "staged"]);

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		languages: ["miglint/powershell"],
		docs: {
			description: "Require the New-MigrationBatch parameters that the batch type needs, and refuse those that apply only to other batch types",
			recommended: "error",
			url: ruleDocsUrl("rules/powershell", "ps-migration-batch-type"),
			constraints: ["PS-MB-007", "PS-MB-008", "CSV-GWS-002"],
		},
		schema: [],
		messages: {
			targetDeliveryDomainMissing: "This is {{batch}}, and remote moves need -TargetDeliveryDomain; add it with the target's routing domain.",
			targetDeliveryDomainInGoogle:
				"-TargetDeliveryDomain is {{domain}}, the endpoint's Google Workspace domain; give the routing subdomain that forwards to Microsoft 365.",
			movesOnly: "-{{parameter}} applies only to local and remote moves, but this is {{batch}}; remove it.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const { batchTypes } = getProjectFacts(context.settings, context.physicalFilename);

		/** A splatted variable that is not a hashtable of the script may hold any parameter. */
		const mayHoldAnyParameter = (command: PowerShellCommand) => command.splats.some((splat) => splat.hashtable === null);

		/**
		 * A Google Workspace batch delivers to a routing subdomain: the domain of
		 * the Gmail endpoint's admin (-EmailAddress) is a Google Workspace one.
		 */
		function checkGoogleDeliveryDomain(command: PowerShellCommand): void {
			const targetDomain = command.parameter("TargetDeliveryDomain");
			const domain = constantString(targetDomain)?.trim().toLowerCase();
			const endpoint = endpointOf(sourceCode, command.parameter("SourceEndpoint")?.value ?? null);
			const admin = endpoint && constantString(endpoint.command.parameter("EmailAddress"));
			if (targetDomain && domain && admin && admin.split("@")[1]?.trim().toLowerCase() === domain) {
				context.report({ node: targetDomain.value ?? parameterNameNode(targetDomain), messageId: "targetDeliveryDomainInGoogle", data: { domain } });
			}
		}

		return {
			Program() {
				for (const { use, type } of migrationBatchTypes(sourceCode, batchTypes)) {
					if (!type) continue;
					const { command } = use;
					// An Outlook Anywhere endpoint serves staged batches, and the cutover batch, which has no CSV file.
					const cutover = type.type === "staged" && !command.parameter("CSVData");
					const batch = cutover ? "a cutover migration batch" : withArticle(getCsvType(type.type)?.title ?? type.type);
					if (REMOTE_MOVES.has(type.type) && !command.parameter("TargetDeliveryDomain") && !mayHoldAnyParameter(command)) {
						context.report({ node: command.node.name, messageId: "targetDeliveryDomainMissing", data: { batch } });
					}
					if (type.type === "google-workspace") checkGoogleDeliveryDomain(command);
					if (!NOT_MOVES.has(type.type)) continue;
					for (const name of MOVES_ONLY_PARAMETERS) {
						const parameter = command.parameter(name);
						if (parameter && (!parameter.switch || isTrue(parameter)))
							context.report({ node: parameterNameNode(parameter), messageId: "movesOnly", data: { parameter: name, batch } });
					}
				}
			},
		};
	},
};

export default defineRule(rule);
