import type { ValidateFunction } from "ajv";
import * as validators from "../configuration/generated/config-validators.js";
import type { ScriptBatch } from "../csv-types/registry.js";

/** What rules know about the migration project, from `migration` in miglint.config or `settings.miglint.migration`. */
export interface MigrationFacts {
	/** AD FS or another federated single sign-on is deployed on premises. */
	sso?: boolean;
	/** The admin accounts the scripts sign in with use multi-factor authentication. */
	mfa?: boolean;
	/** The Exchange Server version the mailboxes move from. */
	sourceExchangeVersion?: ExchangeServerVersion;
	domains?: {
		/** Accepted domains of the on-premises organisation; `*.` matches any subdomain. */
		onPremises?: string[];
		/** Cloud-only domains besides `*.onmicrosoft.com`. */
		cloud?: string[];
		/** Domains of the source tenant of a cross-tenant migration, which cross-tenant batches must not list. */
		sourceTenant?: string[];
	};
	skypeHybrid?: {
		/** Every user has moved to Skype for Business Online / Teams: the move is final. */
		final?: boolean;
	};
	imap?: {
		/** The IMAP server the mailboxes move from, whose format an administrator's sign-in in UserName must have. */
		server?: ImapServer;
	};
}

/** The IMAP servers whose administrator sign-in format the IMAP migration documentation gives, and "other". */
export const IMAP_SERVERS = ["exchange", "dovecot", "mirapoint", "other"] as const;
export type ImapServer = (typeof IMAP_SERVERS)[number];

/** The Exchange Server versions a migration can start from, oldest first. */
const EXCHANGE_SERVER_VERSIONS = ["2003", "2007", "2010", "2013", "2016", "2019", "SE"] as const;
export type ExchangeServerVersion = (typeof EXCHANGE_SERVER_VERSIONS)[number];

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
			description:
				'The PowerShell the scripts run on: "desktop" (Windows PowerShell 5.1) or "core" (PowerShell 7). Without it, a script\'s #Requires -Version or -PSEdition tells.',
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
		sourceExchangeVersion: {
			enum: [...EXCHANGE_SERVER_VERSIONS],
			description:
				"The Exchange Server version the mailboxes move from: 2003, 2007, 2010, 2013, 2016, 2019 or SE (Subscription Edition). Staged migration supports only 2003 and 2007.",
		},
		mfa: {
			type: "boolean",
			description: "True when the admin accounts the scripts sign in with use multi-factor authentication (a -Credential sign-in then fails).",
		},
		domains: {
			type: "object",
			additionalProperties: false,
			properties: {
				onPremises: { ...domainList, description: "Accepted domains of the on-premises organisation (primary SMTP addresses)." },
				cloud: { ...domainList, description: "Cloud-only domains, besides *.onmicrosoft.com." },
				sourceTenant: {
					...domainList,
					description: "Domains of the source tenant in a cross-tenant migration (cross-tenant batches list target-tenant addresses).",
				},
			},
		},
		skypeHybrid: {
			type: "object",
			additionalProperties: false,
			properties: {
				final: {
					type: "boolean",
					description:
						"True once every user has moved online and the hybrid configuration is being dismantled; until then SharedSipAddressSpace must stay true.",
				},
			},
		},
		imap: {
			type: "object",
			additionalProperties: false,
			properties: {
				server: {
					enum: [...IMAP_SERVERS],
					description:
						"The IMAP server the mailboxes move from: exchange, dovecot, mirapoint or other. An IMAP batch's UserName that signs in as an administrator must use that server's format.",
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

/** What is wrong with a facts object, in words; null when nothing is. */
type FactsCheck = (facts: unknown) => string | null;

/** A check by a validator `pnpm generate` compiled from the facts' schema (generated/config-validators.ts). */
function schemaCheck(key: string, validate: ValidateFunction): FactsCheck {
	return (facts) => (validate(facts) ? null : describeErrors(`settings.miglint.${key}`, validate.errors));
}

/** Settings objects already checked: every rule reads them again for every file. */
const checked = new WeakSet<object>();

/**
 * Reads `settings.miglint.<key>`, where both the miglint CLI and plain ESLint
 * configs put the facts, checked with `check`. Throws with a clear message
 * when they are malformed, since every fact-based rule would otherwise be
 * silently wrong.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the type that `check` establishes
function readFacts<Facts>(settings: Record<string, unknown> | undefined, key: string, check: FactsCheck): Facts {
	const facts = (settings?.["miglint"] as Record<string, unknown> | undefined)?.[key];
	if (facts === undefined || isEmptyObject(facts)) {
		return {} as Facts;
	}
	if (typeof facts === "object" && facts !== null && checked.has(facts)) {
		return facts as Facts;
	}
	const problem = check(facts);
	if (problem !== null) {
		throw new Error(`Invalid miglint settings: ${problem}`);
	}
	checked.add(facts as object);
	return facts as Facts;
}

const checkMigrationFacts = schemaCheck("migration", validators.migrationFacts as unknown as ValidateFunction);
const checkPowerShellFacts = schemaCheck("powershell", validators.powerShellFacts as unknown as ValidateFunction);

/** The migration facts (`settings.miglint.migration`). */
export function getMigrationFacts(settings: Record<string, unknown> | undefined): MigrationFacts {
	return readFacts(settings, "migration", checkMigrationFacts);
}

/** The script facts (`settings.miglint.powershell`). */
export function getPowerShellFacts(settings: Record<string, unknown> | undefined): PowerShellFacts {
	return readFacts(settings, "powershell", checkPowerShellFacts);
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
	/** For one script: the batch type of its New-MigrationBatch calls, by where each starts, as the project's scripts together tell. */
	batchTypes?: BatchTypeFact[];
	/** For one script: the users of its New-CsBatchPolicyAssignmentOperation calls read from a project CSV file, by where each starts. */
	policyAssignments?: PolicyAssignmentUsers[];
	/** For a file with Skype for Business federation settings, when the project has both sides': each side's, as its exports show it. */
	federation?: FederationFacts;
}

/** How many different users a batch policy assignment reads from a CSV file of the project. */
export interface PolicyAssignmentUsers {
	line: number;
	column: number;
	/** The file, relative to the project. */
	file: string;
	users: number;
}

/** A federation setting of one side, and the file it comes from ("settings/access-edge.json"), for messages. */
export interface FederationPart<Value> {
	value: Value;
	file: string;
}

/** What the exports of one side (on premises or online) tell of its federation; a part the exports do not tell, or disagree on, is absent. */
export interface FederationSideFacts {
	allowFederatedUsers?: FederationPart<boolean>;
	/** On premises: EnablePartnerDiscovery; online: open federation (AllowedDomains is AllowAllKnownDomains). */
	partnerDiscovery?: FederationPart<boolean>;
	/** The allowed domains (online: the allow list of closed federation), lower case. */
	allowedDomains?: FederationPart<string[]>;
	/** The blocked domains, lower case. */
	blockedDomains?: FederationPart<string[]>;
}

/** The federation settings of both sides of a Skype for Business hybrid deployment. */
export interface FederationFacts {
	onPremises: FederationSideFacts;
	online: FederationSideFacts;
}

/** The type of one New-MigrationBatch call of a script, from an endpoint the script itself or another one creates. */
export interface BatchTypeFact {
	line: number;
	column: number;
	/** A migration CSV type name (see csvTypes). */
	type: string;
	/** Why, in words, with where the endpoint is created. */
	reason: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isStringList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === "string");

const isPolicyAssignmentUsers = (value: unknown) =>
	isObject(value) &&
	typeof value["line"] === "number" &&
	typeof value["column"] === "number" &&
	typeof value["file"] === "string" &&
	typeof value["users"] === "number";

const isBatchTypeFact = (value: unknown) =>
	isObject(value) &&
	typeof value["line"] === "number" &&
	typeof value["column"] === "number" &&
	typeof value["type"] === "string" &&
	typeof value["reason"] === "string";

const isPart = (value: unknown, isValue: (partValue: unknown) => boolean) =>
	value === undefined || (isObject(value) && typeof value["file"] === "string" && isValue(value["value"]));
const isBoolean = (value: unknown) => typeof value === "boolean";

const isFederationSide = (side: unknown) =>
	isObject(side) &&
	isPart(side["allowFederatedUsers"], isBoolean) &&
	isPart(side["partnerDiscovery"], isBoolean) &&
	isPart(side["allowedDomains"], isStringList) &&
	isPart(side["blockedDomains"], isStringList);

/**
 * The miglint CLI writes the project facts on every run, so they are checked
 * by hand: compiling a JSON Schema would load ajv, a third of the start-up
 * time of a pre-commit run on one file.
 */
function checkProjectFacts(facts: unknown): string | null {
	const where = "settings.miglint.project";
	if (!isObject(facts)) return `${where} must be an object`;
	const { sso, csvFiles, csvSources, otherBatches, batchTypes, federation, policyAssignments, ...unknown } = facts;
	const [extra] = Object.keys(unknown);
	if (extra !== undefined) return `${where} has an unknown key "${extra}"`;
	if (sso !== undefined && !(isObject(sso) && typeof sso["federated"] === "boolean" && typeof sso["source"] === "string"))
		return `${where}.sso must be { federated: boolean, source: string }`;
	if (csvFiles !== undefined && !isStringList(csvFiles)) return `${where}.csvFiles must be a list of file names`;
	if (csvSources !== undefined && !(isObject(csvSources) && Object.values(csvSources).every((file) => typeof file === "string")))
		return `${where}.csvSources must map paths to file names`;
	if (otherBatches !== undefined && !(isObject(otherBatches) && Object.values(otherBatches).every(isStringList)))
		return `${where}.otherBatches must map addresses to lists of places`;
	if (batchTypes !== undefined && !(Array.isArray(batchTypes) && batchTypes.every(isBatchTypeFact)))
		return `${where}.batchTypes must be a list of { line, column, type, reason }`;
	if (federation !== undefined && !(isObject(federation) && isFederationSide(federation["onPremises"]) && isFederationSide(federation["online"])))
		return `${where}.federation must be { onPremises, online }, each with { value, file } parts`;
	if (policyAssignments !== undefined && !(Array.isArray(policyAssignments) && policyAssignments.every(isPolicyAssignmentUsers)))
		return `${where}.policyAssignments must be a list of { line, column, file, users }`;
	return null;
}

/** The project facts one file gets: the shared ones, and for a CSV file the script that creates a batch from it. */
export interface FileProjectFacts extends ProjectFacts {
	scriptBatch?: ScriptBatch;
	/** For a .ps1 or .psm1 file of a module whose manifest asks for PowerShell 7 (6.0 or later, or the Core edition only). */
	moduleEdition?: ModuleEditionFact;
}

/** The manifest that makes a script's module PowerShell 7 only, relative to the project ("Modules/X/X.psd1"), and its key as written. */
export interface ModuleEditionFact {
	manifest: string;
	reason: string;
}

/** Derives the project facts of a file from the project it is in (set by the miglint CLI, or by eslint-plugin-miglint for plain ESLint). */
export type ProjectFactsSource = (file: string) => FileProjectFacts;

let projectFactsSource: ProjectFactsSource | null = null;

/**
 * Sets where rules and languages get project facts that `settings.miglint.project`
 * does not give: facts reach every file this way instead of through one ESLint
 * configuration object per file. Null removes the source.
 */
export function setProjectFactsSource(source: ProjectFactsSource | null): void {
	projectFactsSource = source;
}

/**
 * The project facts of a file: `settings.miglint.project` where it gives them,
 * the project facts source (see setProjectFactsSource) for the rest.
 */
export function getProjectFacts(settings: Record<string, unknown> | undefined, file?: string): FileProjectFacts {
	const given = readFacts<ProjectFacts>(settings, "project", checkProjectFacts);
	return file !== undefined && projectFactsSource ? { ...projectFactsSource(file), ...given } : given;
}

/** Single sign-on is deployed: `migration.sso` says so, or a domain export in the repository shows a federated domain. */
export function ssoSource(settings: Record<string, unknown> | undefined, file?: string): string | null {
	if (getMigrationFacts(settings).sso) return "migration.sso";
	const derived = getProjectFacts(settings, file).sso;
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
