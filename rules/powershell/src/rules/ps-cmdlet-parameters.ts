import { closest, defineRule, ruleDocsUrl } from "@miglint/core";
import {
	COMMON_PARAMETERS,
	type BoundParameter,
	type CatalogCmdlet,
	type CatalogParameter,
	type PowerShellCommand,
	type PowerShellRuleDefinition,
	type UnresolvedParameter,
} from "@miglint/language-powershell";
import { connectsToExchangeOnlineOnly, definesFunction, parameterNameNode, parameterNameRange, shortText } from "../utils/cmdlet-usage.js";

type MessageIds = "unknown" | "ambiguous" | "noParameterSet" | "missingMandatory" | "unboundArgument" | "onPremisesOnly" | "rename";

/** PowerShell's common parameters: every cmdlet has them, in every parameter set. */
const COMMON_PARAMETER_NAMES = new Set(COMMON_PARAMETERS.map((parameter) => parameter.name.toLowerCase()));

/**
 * Parameter sets that the YAML metadata of a cmdlet page lists for a
 * parameter but its SYNTAX blocks (which the catalog follows) do not. The two
 * disagree on these pages (Appendix A/C of the constraint catalogue); the rule
 * accepts either rather than report a combination the documentation allows.
 */
const YAML_ONLY_SETS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
	"Set-CsTenantFederationConfiguration": {
		AllowedTrialTenantDomains: ["Instance"],
		AllowTeamsConsumer: ["Instance"],
		AllowTeamsConsumerInbound: ["Instance"],
		SecurityTeamAllowBlockListDelegation: ["Instance"],
		ExternalAccessWithTrialTenants: ["Instance"],
		Identity: ["Instance"],
		Instance: ["Identity"],
	},
	"Get-CsTenantFederationConfiguration": { Filter: ["Identity"], Identity: ["Filter"] },
	"New-MigrationBatch": {
		AllowUnknownColumnsInCsv: ["Preexisting"],
		BadItemLimit: ["Offboarding", "Onboarding"],
		LargeItemLimit: ["Offboarding", "Onboarding"],
	},
	"New-MigrationEndpoint": { MailboxPermission: ["ExchangeOutlookAnywhereAutoDiscover"], TestMailbox: ["Gmail"] },
	"Connect-MicrosoftTeams": { CertificateThumbprint: ["ServicePrincipalCertificate"] },
	"New-MoveRequest": { RemoteTargetDatabase: ["MigrationRemote"] },
};

/** The parameter sets a parameter belongs to, by the SYNTAX blocks or the YAML metadata. */
function setsOf(cmdlet: CatalogCmdlet, parameter: CatalogParameter): readonly string[] {
	const extra =
		Object.hasOwn(YAML_ONLY_SETS, cmdlet.name) && Object.hasOwn(YAML_ONLY_SETS[cmdlet.name]!, parameter.name)
			? YAML_ONLY_SETS[cmdlet.name]![parameter.name]
			: undefined;
	return extra ? [...parameter.sets, ...extra] : parameter.sets;
}

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		hasSuggestions: true,
		languages: ["miglint/powershell"],
		docs: {
			description: "Require the parameters of migration cmdlets to exist, to fit one parameter set, and to include the mandatory ones",
			recommended: "error",
			url: ruleDocsUrl("rules/powershell", "ps-cmdlet-parameters"),
			constraints: ["PS-MB-012", "PS-EP-001", "PS-TS-001", "HYB-012", "CFG-006"],
		},
		schema: [],
		messages: {
			unknown: "{{cmdlet}} has no parameter -{{name}}{{suggestion}}; correct or remove it, or PowerShell stops the command.",
			ambiguous: "-{{name}} is ambiguous for {{cmdlet}}: it is the beginning of {{candidates}}. Write the full parameter name.",
			noParameterSet:
				"{{cmdlet}} cannot take -{{name}} together with {{others}}: no parameter set of the cmdlet has them all, so PowerShell cannot resolve the parameter set.",
			missingMandatory: "{{cmdlet}} is missing {{missing}}, which {{sets}} requires; add it, or PowerShell prompts for it and an unattended run fails.",
			unboundArgument: "{{cmdlet}} has no positional parameter that takes the argument {{argument}}. Name the parameter it is meant for.",
			onPremisesOnly: "-{{name}} of {{cmdlet}} exists only in on-premises Exchange Server, but this script connects to Exchange Online; remove it.",
			rename: "Use -{{name}}.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		function reportUnresolved(command: PowerShellCommand, cmdlet: CatalogCmdlet, unresolved: UnresolvedParameter): void {
			const node = parameterNameNode(unresolved);
			if (unresolved.kind === "ambiguous") {
				context.report({
					node,
					messageId: "ambiguous",
					data: { name: unresolved.writtenName, cmdlet: cmdlet.name, candidates: unresolved.candidates.map((candidate) => `-${candidate}`).join(", ") },
				});
				return;
			}
			const suggestion = closest(
				unresolved.writtenName,
				cmdlet.parameters.map((parameter) => parameter.name),
			);
			const range = parameterNameRange(unresolved);
			context.report({
				node,
				messageId: "unknown",
				data: { name: unresolved.writtenName, cmdlet: cmdlet.name, suggestion: suggestion ? ` (did you mean -${suggestion}?)` : "" },
				suggest: suggestion && range ? [{ messageId: "rename", data: { name: suggestion }, fix: (fixer) => fixer.replaceTextRange(range, suggestion) }] : [],
			});
		}

		/** Reports the first parameter that leaves no parameter set with all the parameters before it. */
		function checkParameterSets(command: PowerShellCommand, cmdlet: CatalogCmdlet, bound: readonly [BoundParameter, CatalogParameter][]): string[] | null {
			let sets: readonly string[] = cmdlet.sets;
			const seen: [BoundParameter, CatalogParameter][] = [];
			for (const [parameter, catalogued] of bound) {
				if (COMMON_PARAMETER_NAMES.has(catalogued.name.toLowerCase())) continue;
				const parameterSets = setsOf(cmdlet, catalogued);
				const narrowed = sets.filter((set) => parameterSets.includes(set));
				if (narrowed.length === 0) {
					const conflicting = seen.filter(([, other]) => !setsOf(cmdlet, other).some((set) => parameterSets.includes(set)));
					const others = (conflicting.length > 0 ? conflicting : seen).map(([, other]) => `-${other.name}`);
					context.report({
						node: parameterNameNode(parameter),
						messageId: "noParameterSet",
						data: { cmdlet: cmdlet.name, name: catalogued.name, others: others.join(", ") },
					});
					return null;
				}
				sets = narrowed;
				seen.push([parameter, catalogued]);
			}
			return [...sets];
		}

		function checkMandatory(command: PowerShellCommand, cmdlet: CatalogCmdlet, sets: readonly string[], bound: ReadonlySet<CatalogParameter>): void {
			const missingBySet = sets.map((set) => ({
				set,
				missing: cmdlet.parameters.filter((parameter) => parameter.mandatoryIn.includes(set) && !bound.has(parameter)),
			}));
			if (missingBySet.some(({ missing }) => missing.length === 0)) return;
			const fewest = Math.min(...missingBySet.map(({ missing }) => missing.length));
			const closestSets = missingBySet.filter(({ missing }) => missing.length === fewest);
			const names = [...new Set(closestSets.flatMap(({ missing }) => missing.map((parameter) => `-${parameter.name}`)))];
			const single = cmdlet.sets.length === 1;
			context.report({
				node: command.node.name,
				messageId: "missingMandatory",
				data: {
					cmdlet: cmdlet.name,
					missing: closestSets.length === 1 ? names.join(" and ") : `one of ${names.join(", ")}`,
					sets: single
						? "the cmdlet"
						: closestSets.length === 1
							? `its ${closestSets[0]!.set} parameter set`
							: `each of its parameter sets that fit (${closestSets
									.slice(0, 4)
									.map(({ set }) => set)
									.join(", ")}${closestSets.length > 4 ? ", …" : ""})`,
				},
			});
		}

		return {
			Program() {
				let exchangeOnlineOnly: boolean | undefined;
				for (const command of sourceCode.commands) {
					// The form of the cmdlet the script's imports select and the arguments fit (New-CsOnlineSession of SkypeOnlineConnector or of MicrosoftTeams).
					const { cmdlet } = command;
					if (!cmdlet || (command.module === null && definesFunction(sourceCode, cmdlet.name))) continue;
					for (const unresolved of command.unresolvedParameters) reportUnresolved(command, cmdlet, unresolved);

					const bound: [BoundParameter, CatalogParameter][] = [];
					for (const parameter of command.parameters) {
						const catalogued = cmdlet.parameters.find((candidate) => candidate.name === parameter.name);
						if (catalogued) bound.push([parameter, catalogued]);
					}

					// Parameters the cmdlet pages' `Applicable` metadata documents for Exchange Server only (PS-MB-012, CFG-006).
					for (const [parameter, catalogued] of bound) {
						if (!catalogued.onPremisesOnly) continue;
						exchangeOnlineOnly ??= connectsToExchangeOnlineOnly(sourceCode);
						if (!exchangeOnlineOnly) break;
						context.report({ node: parameterNameNode(parameter), messageId: "onPremisesOnly", data: { name: catalogued.name, cmdlet: cmdlet.name } });
					}

					const unknownSplat = command.splats.some((splat) => splat.hashtable === null);
					if (command.unresolvedParameters.length > 0) continue;
					const sets = checkParameterSets(command, cmdlet, bound);
					if (sets === null) continue;
					for (const argument of command.unboundArguments) {
						if (argument.candidates.length === 0 && !unknownSplat) {
							context.report({
								node: argument.node,
								messageId: "unboundArgument",
								data: { cmdlet: cmdlet.name, argument: shortText(sourceCode, argument.node) },
							});
						}
					}
					if (unknownSplat || command.unboundArguments.length > 0 || command.pipedFrom !== null) continue;
					checkMandatory(command, cmdlet, sets, new Set(bound.map(([, catalogued]) => catalogued)));
				}
			},
		};
	},
};

export default defineRule(rule);
