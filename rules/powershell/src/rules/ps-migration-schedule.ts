import { defineRule, ruleDocsUrl } from "@miglint/core";
import type { PowerShellRuleDefinition } from "@miglint/language-powershell";
import timeZones from "../data/windows-time-zones.json" with { type: "json" };
import { constantString, parameterNameNode } from "../utils/cmdlet-usage.js";

type MessageIds = "machineDateFormat" | "ianaTimeZone" | "unknownTimeZone";

const WINDOWS_TIME_ZONES = new Set(timeZones.windowsIds.map((id) => id.toLowerCase()));
const IANA_TO_WINDOWS = new Map(Object.entries(timeZones.ianaToWindows).map(([iana, windows]) => [iana.toLowerCase(), windows]));

/**
 * A date written day and month first, in either order (`01/02/2026`,
 * `1.2.26 19:00`): PowerShell binds a string to a DateTime parameter with the
 * current culture, so the same text is January 2 on one machine and February 1
 * on another. A year written first (ISO 8601, `2026/02/01`) reads the same
 * everywhere.
 */
const DAY_MONTH_DATE = /^\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)/u;

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		languages: ["miglint/powershell"],
		docs: {
			description: "Require migration batch start and completion times that read the same on every machine, and a Windows time zone name for -TimeZone",
			recommended: "error",
			url: ruleDocsUrl("rules/powershell", "ps-migration-schedule"),
			constraints: ["PS-MB-010", "PS-MB-011"],
		},
		schema: [],
		messages: {
			machineDateFormat: "'{{value}}' is read with the date format of the machine that runs the script; write the date year first, as in '2026-02-01 19:00Z'.",
			ianaTimeZone: "'{{value}}' is an IANA time zone name, but -TimeZone takes a Windows time zone key name; write '{{windows}}'.",
			unknownTimeZone: "'{{value}}' is not a Windows time zone key name; write one such as 'Pacific Standard Time' (Get-TimeZone -ListAvailable lists them).",
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Program() {
				for (const command of sourceCode.commands) {
					if (!command.is("New-MigrationBatch") && !command.is("Set-MigrationBatch")) continue;
					for (const name of ["CompleteAfter", "StartAfter"]) {
						const parameter = command.parameter(name);
						const value = constantString(parameter);
						if (parameter && value !== null && DAY_MONTH_DATE.test(value)) {
							context.report({ node: parameter.value ?? parameterNameNode(parameter), messageId: "machineDateFormat", data: { value } });
						}
					}
					const timeZone = command.parameter("TimeZone");
					const zone = constantString(timeZone);
					if (!timeZone || zone === null || WINDOWS_TIME_ZONES.has(zone.trim().toLowerCase())) continue;
					const node = timeZone.value ?? parameterNameNode(timeZone);
					const windows = IANA_TO_WINDOWS.get(zone.trim().toLowerCase());
					if (windows) context.report({ node, messageId: "ianaTimeZone", data: { value: zone, windows } });
					else context.report({ node, messageId: "unknownTimeZone", data: { value: zone } });
				}
			},
		};
	},
};

export default defineRule(rule);
