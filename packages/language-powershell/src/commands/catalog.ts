import catalogData from "./cmdlet-catalog.json" with { type: "json" };

/** The PowerShell editions: Windows PowerShell 5.1 ("desktop") and PowerShell 7 ("core"). */
export type CatalogEdition = "desktop" | "core";

/** A parameter as scripts/generate-catalog.mjs writes it: a property is left out when it has its default. */
interface CatalogParameterData {
	name: string;
	/** The .NET type without namespace (`String[]`), for the built-in cmdlets' parameters that are not switches. */
	type?: string;
	switch?: boolean;
	/** The parameter sets it belongs to; absent when it belongs to every set. */
	sets?: string[];
	mandatoryIn?: string[];
	/** Position for positional binding, in each set where the parameter is positional. */
	positions?: Record<string, number>;
	/** The sets where it takes every argument no other parameter binds (ValueFromRemainingArguments): `Join-Path a b c d`. */
	remainingIn?: string[];
	/** `NTI` for `-NoTypeInformation`. */
	aliases?: string[];
	/** The editions that have the parameter; absent when both do. */
	editions?: CatalogEdition[];
	/** Documented for on-premises Exchange Server only (the cmdlet page's `Applicable` metadata); absent otherwise. */
	onPremisesOnly?: boolean;
}

interface CatalogCmdletData {
	origin: "migration" | "builtin";
	sets: string[];
	parameters: CatalogParameterData[];
	/** For a cmdlet whose parameters differ by module: the modules whose import selects this entry. */
	modules?: string[];
	/** The cmdlet as other modules or module versions have it (catalog/module-variants.json). */
	variants?: { modules: string[]; sets: string[]; parameters: CatalogParameterData[] }[];
}

interface CatalogData {
	commonParameters: { name: string; aliases: string[]; switch?: boolean }[];
	cmdlets: Record<string, CatalogCmdletData>;
}

export interface CatalogParameter {
	name: string;
	/** The .NET type without namespace (`String[]`); null for a switch or when the catalog does not know it. */
	type: string | null;
	aliases: readonly string[];
	switch: boolean;
	sets: readonly string[];
	mandatoryIn: readonly string[];
	positions: Readonly<Record<string, number>>;
	/** The sets where it takes every argument no other parameter binds (ValueFromRemainingArguments). */
	remainingIn: readonly string[];
	/** The editions that have the parameter (both, unless the catalog says otherwise). */
	editions: readonly CatalogEdition[];
	/** Documented for on-premises Exchange Server only, not for Exchange Online. */
	onPremisesOnly: boolean;
}

export interface CatalogCmdlet {
	name: string;
	/**
	 * `migration`: a cmdlet of the migration cmdlet reference. `builtin`: a
	 * cmdlet that ships with PowerShell, as PowerShell 7's `Get-Command` gives
	 * it, with what Windows PowerShell 5.1 and Windows alone have (see
	 * catalog/ in this package).
	 */
	origin: CatalogCmdletData["origin"];
	sets: readonly string[];
	parameters: readonly CatalogParameter[];
	/** Every parameter by lower-case name and alias, as the lookup that finds it. */
	parameterNames: ReadonlyMap<string, FoundParameter>;
	/** For a cmdlet whose parameters differ by module: the lower-case names of the modules whose import selects these parameters; empty otherwise. */
	modules: readonly string[];
	/** The same cmdlet as other modules or module versions have it, when its parameters differ (`New-CsOnlineSession` of SkypeOnlineConnector). */
	variants: readonly CatalogCmdlet[];
}

type FoundParameter = { readonly kind: "found"; readonly parameter: CatalogParameter };

export type ParameterLookup = FoundParameter | { readonly kind: "ambiguous"; readonly candidates: readonly CatalogParameter[] } | { readonly kind: "unknown" };

const UNKNOWN_PARAMETER: ParameterLookup = Object.freeze({ kind: "unknown" });

const catalog = catalogData as CatalogData;

/** PowerShell's common parameters, which every cmdlet accepts, with their built-in aliases. */
export const COMMON_PARAMETERS: readonly { name: string; aliases: readonly string[]; switch: boolean }[] = catalog.commonParameters.map((parameter) => ({
	name: parameter.name,
	aliases: parameter.aliases,
	switch: parameter.switch ?? false,
}));

/** The common parameters that name a variable the command writes: `-OutVariable`, `-ErrorVariable`, `-WarningVariable`, `-InformationVariable`, `-PipelineVariable`. */
export const VARIABLE_PARAMETERS: ReadonlySet<string> = new Set(
	COMMON_PARAMETERS.filter((parameter) => parameter.name.endsWith("Variable")).map((parameter) => parameter.name),
);

const BOTH_EDITIONS: readonly CatalogEdition[] = ["desktop", "core"];

function buildCmdlet(name: string, data: CatalogCmdletData): CatalogCmdlet {
	const parameters: CatalogParameter[] = data.parameters.map((parameter) => ({
		name: parameter.name,
		type: parameter.type ?? null,
		aliases: parameter.aliases ?? [],
		switch: parameter.switch ?? false,
		sets: parameter.sets ?? data.sets,
		mandatoryIn: parameter.mandatoryIn ?? [],
		positions: parameter.positions ?? {},
		remainingIn: parameter.remainingIn ?? [],
		editions: parameter.editions ?? BOTH_EDITIONS,
		onPremisesOnly: parameter.onPremisesOnly ?? false,
	}));
	const declared = new Set(parameters.map((parameter) => parameter.name.toLowerCase()));
	for (const common of COMMON_PARAMETERS) {
		if (!declared.has(common.name.toLowerCase())) {
			parameters.push({
				...common,
				type: null,
				aliases: [...common.aliases],
				sets: data.sets,
				mandatoryIn: [],
				positions: {},
				remainingIn: [],
				editions: BOTH_EDITIONS,
				onPremisesOnly: false,
			});
		}
	}
	const parameterNames = new Map(
		parameters.flatMap((parameter) => {
			const found: FoundParameter = Object.freeze({ kind: "found", parameter });
			return [parameter.name, ...parameter.aliases].map((alias) => [alias.toLowerCase(), found] as const);
		}),
	);
	const variants = (data.variants ?? []).map((variant) => buildCmdlet(name, { origin: data.origin, ...variant }));
	return {
		name,
		origin: data.origin,
		sets: data.sets,
		parameters,
		parameterNames,
		modules: (data.modules ?? []).map((module) => module.toLowerCase()),
		variants,
	};
}

/** The migration cmdlets and the built-in PowerShell cmdlets miglint models. */
const cmdlets: ReadonlyMap<string, CatalogCmdlet> = new Map(
	Object.entries(catalog.cmdlets).map(([name, cmdlet]) => [name.toLowerCase(), buildCmdlet(name, cmdlet)]),
);

/** The common parameters alone, as a command the catalog does not know has them. */
const commonParametersOnly = buildCmdlet("", { origin: "builtin", sets: [], parameters: [] });

/** The common parameter a written name resolves to (`-ov`, `-OutVar`, `-WarningVariable`), if any. */
export function findCommonParameter(written: string): CatalogParameter | undefined {
	const lookup = findParameter(commonParametersOnly, written);
	return lookup.kind === "found" ? lookup.parameter : undefined;
}

/** The catalogued cmdlet of that name (case-insensitive), if any. */
export function findCmdlet(name: string): CatalogCmdlet | undefined {
	return cmdlets.get(name.toLowerCase());
}

/**
 * The forms of a cmdlet a script may run, given the modules it imports
 * (lower-case names): those the imports select, or every form when they select
 * none, since the script then does not say which module it runs with.
 */
export function cmdletForms(cmdlet: CatalogCmdlet, importedModules: ReadonlySet<string>): CatalogCmdlet[] {
	const forms = [cmdlet, ...cmdlet.variants];
	if (forms.length === 1) return forms;
	const selected = forms.filter((form) => form.modules.some((module) => importedModules.has(module)));
	return selected.length > 0 ? selected : forms;
}

/**
 * Resolves a parameter name as PowerShell does: an exact name or alias wins,
 * otherwise a prefix must match exactly one parameter (by name or alias).
 * A prefix that only parameters PowerShell 7 added make ambiguous (`-Conn` of
 * New-PSSession: -ConnectionUri, and 7's -ConnectingTimeout) resolves as in
 * Windows PowerShell 5.1, where most migration scripts run.
 */
export function findParameter(cmdlet: CatalogCmdlet, written: string): ParameterLookup {
	const wanted = written.toLowerCase();
	const exact = cmdlet.parameterNames.get(wanted);
	if (exact) {
		return exact;
	}
	// Looked up for every parameter a script writes: nothing is made unless a prefix matches.
	let candidates: CatalogParameter[] | null = null;
	for (const [name, { parameter }] of cmdlet.parameterNames) {
		if (name.startsWith(wanted) && !candidates?.includes(parameter)) (candidates ??= []).push(parameter);
	}
	if (candidates === null) {
		return UNKNOWN_PARAMETER;
	}
	if (candidates.length === 1) {
		return { kind: "found", parameter: candidates[0]! };
	}
	const inWindowsPowerShell = candidates.filter((candidate) => candidate.editions.includes("desktop"));
	if (inWindowsPowerShell.length === 1) {
		return { kind: "found", parameter: inWindowsPowerShell[0]! };
	}
	return { kind: "ambiguous", candidates };
}
