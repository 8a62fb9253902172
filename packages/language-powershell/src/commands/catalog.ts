import builtinData from "./builtin-cmdlets.json" with { type: "json" };
import catalogData from "./cmdlet-catalog.json" with { type: "json" };

/** The PowerShell editions: Windows PowerShell 5.1 ("desktop") and PowerShell 7 ("core"). */
export type CatalogEdition = "desktop" | "core";

/**
 * A parameter of a catalogued cmdlet, as scripts/generate-catalog.mjs writes it
 * (migration cmdlets), or as builtin-cmdlets.json gives it (hand-maintained).
 */
interface CatalogParameterData {
	name: string;
	switch?: boolean;
	/** The parameter sets it belongs to; absent when it belongs to every set. */
	sets?: string[];
	mandatoryIn?: string[];
	/** Position for positional binding, in each set where the parameter is positional. */
	positions?: Record<string, number>;
	/** Documented aliases (`NTI` for `-NoTypeInformation`); builtin-cmdlets.json only. */
	aliases?: string[];
	/** The editions that have the parameter; absent when both do. builtin-cmdlets.json only. */
	editions?: CatalogEdition[];
}

interface CatalogCmdletData {
	sets: string[];
	parameters: CatalogParameterData[];
}

export interface CatalogParameter {
	name: string;
	aliases: readonly string[];
	switch: boolean;
	sets: readonly string[];
	mandatoryIn: readonly string[];
	positions: Readonly<Record<string, number>>;
	/** The editions that have the parameter (both, unless the catalog says otherwise). */
	editions: readonly CatalogEdition[];
}

export interface CatalogCmdlet {
	name: string;
	/**
	 * `migration`: a cmdlet of cmdlet-catalog.json, generated from the migration
	 * cmdlet reference. `builtin`: a PowerShell cmdlet of builtin-cmdlets.json,
	 * hand-maintained from the Windows PowerShell 5.1 and PowerShell 7.4 cmdlet
	 * reference (Export-Csv, ConvertTo-Csv, Out-File, Get-/Set-/Add-Content),
	 * with the parameters of both editions.
	 */
	origin: "migration" | "builtin";
	sets: readonly string[];
	parameters: readonly CatalogParameter[];
	/** Every parameter by lower-case name and alias. */
	parameterNames: ReadonlyMap<string, CatalogParameter>;
}

export type ParameterLookup =
	| { kind: "found"; parameter: CatalogParameter }
	| { kind: "ambiguous"; candidates: CatalogParameter[] }
	| { kind: "unknown" };

/** PowerShell's common parameters, which every cmdlet accepts, with their built-in aliases. */
export const COMMON_PARAMETERS: readonly { name: string; aliases: readonly string[]; switch: boolean }[] = [
	{ name: "Verbose", aliases: ["vb"], switch: true },
	{ name: "Debug", aliases: ["db"], switch: true },
	{ name: "ErrorAction", aliases: ["ea"], switch: false },
	{ name: "WarningAction", aliases: ["wa"], switch: false },
	{ name: "InformationAction", aliases: ["infa"], switch: false },
	{ name: "ProgressAction", aliases: ["proga"], switch: false },
	{ name: "ErrorVariable", aliases: ["ev"], switch: false },
	{ name: "WarningVariable", aliases: ["wv"], switch: false },
	{ name: "InformationVariable", aliases: ["iv"], switch: false },
	{ name: "OutVariable", aliases: ["ov"], switch: false },
	{ name: "OutBuffer", aliases: ["ob"], switch: false },
	{ name: "PipelineVariable", aliases: ["pv"], switch: false },
];

/** Aliases of the risk-mitigation parameters, for the cmdlets that have them. */
const RISK_MITIGATION_ALIASES: Readonly<Record<string, string[]>> = { whatif: ["wi"], confirm: ["cf"] };

/**
 * Documented parameter aliases of the PowerShell cmdlets in the generated
 * catalog, which the shared cmdlet reference does not list (Import-PSSession
 * and Remove-PSSession pages of PowerShell 5.1 and 7.4).
 */
const DOCUMENTED_ALIASES: Readonly<Record<string, Readonly<Record<string, string[]>>>> = {
	"Import-PSSession": { ArgumentList: ["Args"], CommandName: ["Name"], CommandType: ["Type"], Module: ["PSSnapin"] },
	"Remove-PSSession": { ComputerName: ["Cn"], VMId: ["VMGuid"] },
};

const BOTH_EDITIONS: readonly CatalogEdition[] = ["desktop", "core"];

function buildCmdlet(name: string, data: CatalogCmdletData, origin: CatalogCmdlet["origin"]): CatalogCmdlet {
	const parameters: CatalogParameter[] = data.parameters.map((parameter) => ({
		name: parameter.name,
		aliases: parameter.aliases ?? DOCUMENTED_ALIASES[name]?.[parameter.name] ?? RISK_MITIGATION_ALIASES[parameter.name.toLowerCase()] ?? [],
		switch: parameter.switch ?? false,
		sets: parameter.sets ?? data.sets,
		mandatoryIn: parameter.mandatoryIn ?? [],
		positions: parameter.positions ?? {},
		editions: parameter.editions ?? BOTH_EDITIONS,
	}));
	const declared = new Set(parameters.map((parameter) => parameter.name.toLowerCase()));
	for (const common of COMMON_PARAMETERS) {
		if (!declared.has(common.name.toLowerCase())) {
			parameters.push({ ...common, aliases: [...common.aliases], sets: data.sets, mandatoryIn: [], positions: {}, editions: BOTH_EDITIONS });
		}
	}
	const parameterNames = new Map(parameters.flatMap((parameter) => [parameter.name, ...parameter.aliases].map((alias) => [alias.toLowerCase(), parameter] as const)));
	return { name, origin, sets: data.sets, parameters, parameterNames };
}

function buildCmdlets(data: Record<string, CatalogCmdletData>, origin: CatalogCmdlet["origin"]): [string, CatalogCmdlet][] {
	return Object.entries(data).map(([name, cmdlet]) => [name.toLowerCase(), buildCmdlet(name, cmdlet, origin)]);
}

/** The migration cmdlets and the built-in PowerShell cmdlets that write files; the two lists name different cmdlets. */
const cmdlets: ReadonlyMap<string, CatalogCmdlet> = new Map([
	...buildCmdlets(builtinData as Record<string, CatalogCmdletData>, "builtin"),
	...buildCmdlets(catalogData as Record<string, CatalogCmdletData>, "migration"),
]);

/** The catalogued cmdlet of that name (case-insensitive), if any. */
export function findCmdlet(name: string): CatalogCmdlet | undefined {
	return cmdlets.get(name.toLowerCase());
}

/**
 * Resolves a parameter name as PowerShell does: an exact name or alias wins,
 * otherwise a prefix must match exactly one parameter (by name or alias).
 */
export function findParameter(cmdlet: CatalogCmdlet, written: string): ParameterLookup {
	const wanted = written.toLowerCase();
	const exact = cmdlet.parameterNames.get(wanted);
	if (exact) {
		return { kind: "found", parameter: exact };
	}
	const candidates = new Set<CatalogParameter>();
	for (const [name, parameter] of cmdlet.parameterNames) {
		if (name.startsWith(wanted)) candidates.add(parameter);
	}
	const [only, ...others] = candidates;
	if (only && others.length === 0) {
		return { kind: "found", parameter: only };
	}
	return only ? { kind: "ambiguous", candidates: [...candidates] } : { kind: "unknown" };
}
