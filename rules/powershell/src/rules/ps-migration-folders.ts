import { defineRule, ruleDocsUrl } from "@miglint/core";
import type { PowerShellRuleDefinition } from "@miglint/language-powershell";
import { stringLiteralsOf } from "../utils/command-arguments.js";

type MessageIds = "wildcard" | "wellKnownName";

/** The well-known folders New-MigrationBatch documents for the `#Name#` form. */
const WELL_KNOWN_FOLDERS = [
	"Root",
	"Inbox",
	"SentItems",
	"Outbox",
	"DeletedItems",
	"Calendar",
	"Contacts",
	"Drafts",
	"Journal",
	"Tasks",
	"Notes",
	"AllItems",
	"JunkEmail",
	"Archive",
];

/** `#Name#` or `#Name#/*`: a well-known folder, in any language. */
const WELL_KNOWN_FORM = /^#([^#]+)#(\/\*)?$/u;

/** The well-known name a `#Name#` is written for, when it is not one as written: `#Sent Items#` is meant as `#SentItems#`. */
function meantWellKnownName(name: string): string | null {
	if (WELL_KNOWN_FOLDERS.some((known) => known.toLowerCase() === name.toLowerCase())) return null;
	const squeezed = name
		.replace(/[\s_-]/gu, "")
		.replace(/^junke?mail$/iu, "JunkEmail")
		.toLowerCase();
	return WELL_KNOWN_FOLDERS.find((known) => known.toLowerCase() === squeezed) ?? null;
}

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		languages: ["miglint/powershell"],
		docs: {
			description:
				"Require the folder names of -ExcludeFolders and -IncludeFolders to be written in the documented forms: no wildcards, well-known folders as #Name#",
			recommended: "error",
			url: ruleDocsUrl("rules/powershell", "ps-migration-folders"),
			constraints: ["PS-MB-013"],
		},
		schema: [],
		messages: {
			wildcard: "'{{value}}' has a wildcard, which folder names cannot have; list each folder, and end one with '/*' to take its subfolders.",
			wellKnownName: "'{{value}}' is not a well-known folder name; write '{{suggestion}}' to mean that folder in any language.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Program() {
				for (const command of sourceCode.commandsNamed("New-MigrationBatch")) {
					for (const name of ["ExcludeFolders", "IncludeFolders"]) {
						for (const { literal, value } of stringLiteralsOf(sourceCode, command.parameter(name)?.value ?? null)) {
							// `Folder/*` (its subfolders) is the one documented use of `*`.
							if (value.replace(/\/\*$/u, "").includes("*")) {
								context.report({ node: literal, messageId: "wildcard", data: { value } });
								continue;
							}
							const wellKnown = WELL_KNOWN_FORM.exec(value);
							const meant = wellKnown && meantWellKnownName(wellKnown[1]!);
							if (wellKnown && meant) {
								context.report({ node: literal, messageId: "wellKnownName", data: { value, suggestion: `#${meant}#${wellKnown[2] ?? ""}` } });
							}
						}
					}
				}
			},
		};
	},
};

export default defineRule(rule);
