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

function describeErrors(root: string, errors: ValidateFunction["errors"]): string {
	return (errors ?? []).map((error) => `${root}${error.instancePath.replaceAll("/", ".")} ${error.message}`).join("; ");
}

function isEmptyObject(value: unknown): boolean {
	return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

const validators = new Map<object, ValidateFunction>();
/** Settings objects already checked: every rule reads them again for every file. */
const checked = new WeakSet<object>();

/**
 * Reads `settings.miglint.<key>`, where both the miglint CLI and plain ESLint
 * configs put the facts, checked against `schema`. Throws with a clear message
 * when they are malformed, since every fact-based rule would otherwise be
 * silently wrong.
 */
function readFacts<Facts>(settings: Record<string, unknown> | undefined, key: string, schema: object): Facts {
	const facts = (settings?.["miglint"] as Record<string, unknown> | undefined)?.[key];
	if (facts === undefined || isEmptyObject(facts)) {
		return {} as Facts;
	}
	if (typeof facts === "object" && facts !== null && checked.has(facts)) {
		return facts as Facts;
	}
	let validate = validators.get(schema);
	if (!validate) {
		validate = new (ajv().Ajv)({ allErrors: true, strict: false, validateSchema: false }).compile(schema);
		validators.set(schema, validate);
	}
	if (!validate(facts)) {
		throw new Error(`Invalid miglint settings: ${describeErrors(`settings.miglint.${key}`, validate.errors)}`);
	}
	checked.add(facts as object);
	return facts as Facts;
}

/** The migration facts (`settings.miglint.migration`). */
export function getMigrationFacts(settings: Record<string, unknown> | undefined): MigrationFacts {
	return readFacts(settings, "migration", migrationFactsSchema);
}

/** The script facts (`settings.miglint.powershell`). */
export function getPowerShellFacts(settings: Record<string, unknown> | undefined): PowerShellFacts {
	return readFacts(settings, "powershell", powerShellFactsSchema);
}

/**
 * What the miglint CLI derives from the whole repository before linting
 * (`settings.miglint.project`): facts no single file holds. Paths are absolute.
 */
export interface ProjectFacts {
	/** Single sign-on as domain exports in the repository show it. */
	sso?: { federated: boolean; source: string };
	/** Every CSV file of the project, for scripts' -CSVData paths. */
	csvFiles?: string[];
	/** csv.sources: -CSVData path as written → CSV file. */
	csvSources?: Record<string, string>;
	/** For one batch CSV: its addresses that other batch CSVs hold too (lower case) → where ("batches/wave2.csv row 3"). */
	otherBatches?: Record<string, string[]>;
}

const projectFactsSchema = {
	type: "object",
	additionalProperties: false,
	properties: {
		sso: {
			type: "object",
			additionalProperties: false,
			required: ["federated", "source"],
			properties: { federated: { type: "boolean" }, source: { type: "string" } },
		},
		csvFiles: { type: "array", items: { type: "string" } },
		csvSources: { type: "object", additionalProperties: { type: "string" } },
		otherBatches: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
	},
} as const;

/** The project facts (`settings.miglint.project`), set by the miglint CLI. */
export function getProjectFacts(settings: Record<string, unknown> | undefined): ProjectFacts {
	return readFacts(settings, "project", projectFactsSchema);
}

/** Single sign-on is deployed: `migration.sso` says so, or a domain export in the repository shows a federated domain. */
export function ssoSource(settings: Record<string, unknown> | undefined): string | null {
	if (getMigrationFacts(settings).sso) return "migration.sso";
	const derived = getProjectFacts(settings).sso;
	return derived?.federated ? derived.source : null;
}

/** True when `domain` is listed, exactly or under a `*.` pattern (case-insensitive). */
export function domainMatches(domain: string, patterns: readonly string[]): boolean {
	const candidate = domain.toLowerCase();
	return patterns.some((pattern) => {
		const lower = pattern.toLowerCase();
		return lower.startsWith("*.") ? candidate.endsWith(lower.slice(1)) : candidate === lower;
	});
}
