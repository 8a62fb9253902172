import { defineRule, ruleDocsUrl } from "@miglint/core";
import { requiresStatements, type PowerShellRuleDefinition } from "@miglint/language-powershell";

type MessageIds = "powerShellTooOld";

/**
 * The PowerShell 7 each range of ExchangeOnlineManagement versions needs,
 * newest first: a module version at or above `from` needs `powerShell`.
 * Windows PowerShell 5.1 runs all of them.
 */
const POWERSHELL_NEEDED = [
	{ from: [3, 10, 0], powerShell: [7, 6, 0] },
	{ from: [3, 5, 0], powerShell: [7, 4, 0] },
	{ from: [3, 0, 0], powerShell: [7, 2, 0] },
];

function parseVersion(text: string): number[] | null {
	return /^\d+(?:\.\d+){0,3}$/u.test(text.trim()) ? text.trim().split(".").map(Number) : null;
}

function compare(a: readonly number[], b: readonly number[]): number {
	for (let index = 0; index < Math.max(a.length, b.length); index++) {
		const difference = (a[index] ?? 0) - (b[index] ?? 0);
		if (difference !== 0) return difference;
	}
	return 0;
}

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		languages: ["miglint/powershell"],
		docs: {
			description: "Require the PowerShell version a script declares to run the ExchangeOnlineManagement version it declares",
			recommended: "warn",
			url: ruleDocsUrl("rules/powershell", "ps-exchange-module-version"),
			constraints: ["PS-DEP-011"],
		},
		schema: [],
		messages: {
			powerShellTooOld:
				"ExchangeOnlineManagement {{module}} needs PowerShell {{needed}} or later, but #Requires -Version allows {{declared}}; raise it to {{needed}}.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		return {
			Program() {
				const { modules, version } = requiresStatements(sourceCode.comments);
				const declared = version && parseVersion(version.value);
				// Windows PowerShell (5.1) runs every 3.x version; PowerShell 6 and 7 have minimums.
				if (!version || !declared || declared[0]! < 6) return;
				for (const module of modules) {
					if (module.name.toLowerCase() !== "exchangeonlinemanagement") continue;
					const written = module.requiredVersion ?? module.minimumVersion;
					const moduleVersion = written === null ? null : parseVersion(written);
					const needed = moduleVersion && POWERSHELL_NEEDED.find((range) => compare(moduleVersion, range.from) >= 0)?.powerShell;
					if (!needed || compare(declared, needed) >= 0) continue;
					context.report({
						loc: { start: sourceCode.getLocFromIndex(version.range[0]), end: sourceCode.getLocFromIndex(version.range[1]) },
						messageId: "powerShellTooOld",
						data: { module: written!, needed: needed.join("."), declared: version.value },
					});
				}
			},
		};
	},
};

// #Requires lines are comments, which the lexer finds in a script with a syntax error too.
export default defineRule(rule, { runsOnSyntaxErrors: true });
