import catalogData from "./cmdlet-catalog.json" with { type: "json" };

/** A parameter of a catalogued cmdlet, as scripts/generate-catalog.mjs writes it. */
interface CatalogParameterData {
	name: string;
	switch?: boolean;
	/** The parameter sets it belongs to; absent when it belongs to every set. */
	sets?: string[];
	mandatoryIn?: string[];
	/** Position for positional binding, in each set where the parameter is positional. */
	positions?: Record<string, number>;
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
}

export interface CatalogCmdlet {
	name: string;
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
const COMMON_PARAMETERS: readonly { name: string; aliases: string[]; switch: boolean }[] = [
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

function buildCmdlet(name: string, data: CatalogCmdletData): CatalogCmdlet {
	const parameters: CatalogParameter[] = data.parameters.map((parameter) => ({
		name: parameter.name,
		aliases: RISK_MITIGATION_ALIASES[parameter.name.toLowerCase()] ?? [],
		switch: parameter.switch ?? false,
		sets: parameter.sets ?? data.sets,
		mandatoryIn: parameter.mandatoryIn ?? [],
		positions: parameter.positions ?? {},
	}));
	const declared = new Set(parameters.map((parameter) => parameter.name.toLowerCase()));
	for (const common of COMMON_PARAMETERS) {
		if (!declared.has(common.name.toLowerCase())) {
			parameters.push({ ...common, sets: data.sets, mandatoryIn: [], positions: {} });
		}
	}
	const parameterNames = new Map(parameters.flatMap((parameter) => [parameter.name, ...parameter.aliases].map((alias) => [alias.toLowerCase(), parameter] as const)));
	return { name, sets: data.sets, parameters, parameterNames };
}

const cmdlets: ReadonlyMap<string, CatalogCmdlet> = new Map(
	Object.entries(catalogData as Record<string, CatalogCmdletData>).map(([name, data]) => [name.toLowerCase(), buildCmdlet(name, data)]),
);

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
