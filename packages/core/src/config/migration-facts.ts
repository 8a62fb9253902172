import type { ValidateFunction } from "ajv";
import { ajv } from "../ajv.js";

/** What rules know about the migration project, from `migration` in miglint.config or `settings.miglint.migration`. */
export interface MigrationFacts {
	/** AD FS or another federated single sign-on is deployed on premises. */
	sso?: boolean;
	domains?: {
		/** Accepted domains of the on-premises organisation; `*.` matches any subdomain. */
		onPremises?: string[];
		/** Cloud-only domains besides `*.onmicrosoft.com`. */
		cloud?: string[];
	};
	skypeHybrid?: {
		/** Every user has moved to Skype for Business Online / Teams: the move is final. */
		final?: boolean;
	};
}

/** The PowerShell the scripts run on: Windows PowerShell 5.1 ("desktop") or PowerShell 7 ("core"). */
export type PowerShellEdition = "desktop" | "core";

/** Script facts, from `powershell` in miglint.config or `settings.miglint.powershell`. */
export interface PowerShellFacts {
	edition?: PowerShellEdition;
}

export const powerShellFactsSchema = {
	type: "object",
	description: "Facts about the PowerShell scripts that rules use.",
	additionalProperties: false,
	properties: {
		edition: {
			enum: ["desktop", "core"],
			description: "The PowerShell the scripts run on: \"desktop\" (Windows PowerShell 5.1) or \"core\" (PowerShell 7). Without it, a script's #Requires -Version or -PSEdition tells.",
		},
	},
} as const;

const DOMAIN_PATTERN = "^(\\*\\.)?([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z0-9-]{0,62}$";

const domainList = {
	type: "array",
	items: { type: "string", pattern: DOMAIN_PATTERN, "x-expected": "a domain name such as contoso.com or *.contoso.com" },
	uniqueItems: true,
};

export const migrationFactsSchema = {
	type: "object",
	description: "Facts about the migration project that rules use.",
	additionalProperties: false,
	properties: {
		sso: {
			type: "boolean",
			description: "True when AD FS or other federated single sign-on is deployed (ForceChangePassword must then be False).",
		},
		domains: {
			type: "object",
			additionalProperties: false,
			properties: {
				onPremises: { ...domainList, description: "Accepted domains of the on-premises organisation (primary SMTP addresses)." },
				cloud: { ...domainList, description: "Cloud-only domains, besides *.onmicrosoft.com." },
			},
		},
		skypeHybrid: {
			type: "object",
			additionalProperties: false,
			properties: {
				final: {
					type: "boolean",
					description: "True once every user has moved online and the hybrid configuration is being dismantled; until then SharedSipAddressSpace must stay true.",
				},
			},
		},
	},
} as const;

let validatePowerShellFacts: ValidateFunction | undefined;

/** Reads the script facts from ESLint settings (`settings.miglint.powershell`); throws when they are malformed. */
export function getPowerShellFacts(settings: Record<string, unknown> | undefined): PowerShellFacts {
	const facts = (settings?.["miglint"] as { powershell?: unknown } | undefined)?.powershell;
	if (facts === undefined || isEmptyObject(facts)) {
		return {};
	}
	validatePowerShellFacts ??= new (ajv().Ajv)({ allErrors: true, strict: false, validateSchema: false }).compile(powerShellFactsSchema);
	if (!validatePowerShellFacts(facts)) {
		throw new Error(`Invalid miglint settings: ${describeErrors("settings.miglint.powershell", validatePowerShellFacts.errors)}`);
	}
	return facts as PowerShellFacts;
}

let validateFacts: ValidateFunction | undefined;

function describeErrors(root: string, errors: ValidateFunction["errors"]): string {
	return (errors ?? []).map((error) => `${root}${error.instancePath.replaceAll("/", ".")} ${error.message}`).join("; ");
}

function isEmptyObject(value: unknown): boolean {
	return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}
const checked = new WeakMap<object, MigrationFacts>();

/**
 * Reads the migration facts from ESLint settings (`settings.miglint.migration`),
 * which is where both the miglint CLI and plain ESLint configs put them.
 * Throws with a clear message when they are malformed, since every fact-based
 * rule would otherwise be silently wrong.
 */
export function getMigrationFacts(settings: Record<string, unknown> | undefined): MigrationFacts {
	const miglint = settings?.["miglint"] as { migration?: unknown } | undefined;
	const facts = miglint?.migration;
	if (facts === undefined || isEmptyObject(facts)) {
		return {};
	}
	if (typeof facts === "object" && facts !== null && checked.has(facts)) {
		return checked.get(facts)!;
	}
	validateFacts ??= new (ajv().Ajv)({ allErrors: true, strict: false, validateSchema: false }).compile(migrationFactsSchema);
	if (!validateFacts(facts)) {
		throw new Error(`Invalid miglint settings: ${describeErrors("settings.miglint.migration", validateFacts.errors)}`);
	}
	checked.set(facts as object, facts as MigrationFacts);
	return facts as MigrationFacts;
}

/** True when `domain` is listed, exactly or under a `*.` pattern (case-insensitive). */
export function domainMatches(domain: string, patterns: readonly string[]): boolean {
	const candidate = domain.toLowerCase();
	return patterns.some((pattern) => {
		const lower = pattern.toLowerCase();
		return lower.startsWith("*.") ? candidate.endsWith(lower.slice(1)) : candidate === lower;
	});
}
