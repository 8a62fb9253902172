/**
 * Builds src/commands/cmdlet-catalog.json, the parameters the command model
 * binds, from inputs committed in catalog/ (run by `pnpm generate`, through
 * tools/generated-files.mjs; PowerShell is not needed):
 *
 * - builtin-cmdlets.pwsh.json: what `Get-Command` in PowerShell 7 says about the
 *   built-in cmdlets miglint models and the common parameters
 *   (dump-builtin-cmdlets.ps1 writes it);
 * - windows-powershell.json: Windows PowerShell 5.1's differences and what
 *   PowerShell has on Windows only, from Microsoft Learn;
 * - cmdlet-parameters.json: the migration cmdlets' parameter sets (from the
 *   cmdlet pages' SYNTAX blocks), with the documented position numbers of the
 *   tables of cmdlet-parameters.md (Appendix A of the constraint catalogue).
 *   Without a documented number a parameter's position is its rank among the
 *   set's positional parameters, which is the order of the SYNTAX block;
 * - module-variants.json: the parameter sets of cmdlets whose parameters
 *   differ between modules or module versions (New-CsOnlineSession in
 *   SkypeOnlineConnector and MicrosoftTeams), in the same format, with the
 *   modules whose import selects each and the page each was read from.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const input = (name) => fileURLToPath(new URL(`../catalog/${name}`, import.meta.url));
const readJson = (name) => JSON.parse(readFileSync(input(name), "utf8"));

export const CATALOG_FILE = fileURLToPath(new URL("../src/commands/cmdlet-catalog.json", import.meta.url));

/** The name PowerShell gives the one set of a cmdlet that declares none; the migration cmdlets' reference calls it `(default)`. */
const ALL_SETS = "__AllParameterSets";
const DEFAULT_SET = "(default)";

/** Aliases of the risk-mitigation parameters, which the migration cmdlets' reference does not list. */
const RISK_MITIGATION_ALIASES = { whatif: ["wi"], confirm: ["cf"] };

const isSwitchType = (type) => type === null || /SwitchParameter>?$/u.test(type ?? "");

/**
 * `String[]` for the engine's `System.String[]`; null for a switch. Only the
 * engine's types are written: the migration reference's are not reliable
 * (`<DateTim>`, `<Unlimited>`).
 */
const shortType = (type) => (isSwitchType(type) ? null : type.replace(/^.*[.+]/u, ""));

/** A parameter as the catalog writes it: each property left out when it has its default. */
function compact({ name, type, switch: isSwitch, sets, allSets, mandatoryIn, positions, remainingIn = [], aliases, editions, onPremisesOnly }) {
	return {
		name,
		...(type ? { type } : {}),
		...(isSwitch ? { switch: true } : {}),
		...(sets.length === allSets.length ? {} : { sets }),
		...(mandatoryIn.length > 0 ? { mandatoryIn } : {}),
		...(Object.keys(positions).length > 0 ? { positions } : {}),
		...(remainingIn.length > 0 ? { remainingIn } : {}),
		...(aliases.length > 0 ? { aliases } : {}),
		...(editions ? { editions } : {}),
		...(onPremisesOnly ? { onPremisesOnly } : {}),
	};
}

/** A parameter whose `Applicable` metadata names Exchange Server releases and not Exchange Online exists on premises only. */
const isOnPremisesOnly = (entries) =>
	entries.every((entry) => entry.appl && !/Exchange Online/iu.test(entry.appl)) && entries.some((entry) => /Exchange Server/iu.test(entry.appl));

/** `cmdlet -> (lower-case parameter -> position)` from the `Position` column of the `### Cmdlet` tables. */
function readDocumentedPositions(markdown) {
	const positions = new Map();
	let cmdlet = null;
	for (const line of markdown.split(/\r?\n/u)) {
		const heading = /^### (\S+)\s*$/u.exec(line);
		if (heading) {
			cmdlet = heading[1];
			continue;
		}
		const row = /^\|\s*-(\w+)\s*\|[^|]*\|[^|]*\|[^|]*\|\s*(\d+)\s*\|/u.exec(line);
		if (cmdlet && row) {
			if (!positions.has(cmdlet)) positions.set(cmdlet, new Map());
			positions.get(cmdlet).set(row[1].toLowerCase(), Number(row[2]));
		}
	}
	return positions;
}

function migrationCmdlet(cmdletName, { sets, param_meta: meta }, documented) {
	const setNames = Object.keys(sets);
	/** Lower-case name -> parameter, so that `AllowUnknownColumnsInCsv` and `AllowUnknownColumnsInCSV` are one parameter. */
	const parameters = new Map();
	const parameterFor = (name, type) => {
		const key = name.toLowerCase();
		if (!parameters.has(key))
			parameters.set(key, { name, switch: isSwitchType(type), sets: [], mandatoryIn: [], positions: {}, aliases: RISK_MITIGATION_ALIASES[key] ?? [] });
		return parameters.get(key);
	};
	for (const setName of setNames) {
		const inSet = Object.entries(sets[setName]);
		const positional = inSet.filter(([, info]) => info.positional).map(([name]) => name);
		for (const [name, info] of inSet) {
			const parameter = parameterFor(name, info.type);
			parameter.sets.push(setName);
			if (info.mandatory) parameter.mandatoryIn.push(setName);
			if (info.positional) parameter.positions[setName] = documented.get(name.toLowerCase()) ?? positional.indexOf(name);
		}
	}
	// Parameters only the YAML metadata lists (-WhatIf, -Confirm, some Teams parameters) are named-only.
	for (const [name, entries] of Object.entries(meta ?? {})) {
		if (parameters.has(name.toLowerCase())) continue;
		const parameter = parameterFor(name, entries.find((entry) => isSwitchType(entry.type))?.type ?? entries[0]?.type);
		const listed = entries.flatMap((entry) => entry.sets);
		parameter.sets = listed.includes("(All)") ? [...setNames] : setNames.filter((setName) => listed.includes(setName));
		if (parameter.sets.length === 0) parameter.sets = [...setNames];
	}
	for (const [name, entries] of Object.entries(meta ?? {})) {
		if (isOnPremisesOnly(entries)) parameters.get(name.toLowerCase()).onPremisesOnly = true;
	}
	return { origin: "migration", sets: setNames, parameters: [...parameters.values()].map((parameter) => compact({ ...parameter, allSets: setNames })) };
}

/** The variants of a cmdlet whose parameters differ by module: the catalog entry's own modules, and each variant's modules and parameters. */
function withVariants(cmdletName, cmdlet, { modules, variants }) {
	return {
		...cmdlet,
		modules,
		variants: variants.map((variant) => {
			const documented = new Map(
				Object.values(variant.sets).flatMap((set) =>
					Object.entries(set)
						.filter(([, info]) => info.position !== undefined)
						.map(([name, info]) => [name.toLowerCase(), info.position]),
				),
			);
			const { sets, parameters } = migrationCmdlet(cmdletName, { sets: variant.sets }, documented);
			return { modules: variant.modules, sets, parameters };
		}),
	};
}

/** A cmdlet of the engine dump, with the parameters only Windows has and the editions of those 5.1 lacks. */
function builtinCmdlet({ sets, parameters }, windows, coreOnly) {
	const setName = (name) => (name === ALL_SETS ? DEFAULT_SET : name);
	const allSets = sets.map(setName);
	const coreOnlyNames = new Set(coreOnly?.parameters ?? []);
	const fromEngine = parameters.map((parameter) => {
		const inSets = Object.entries(parameter.sets);
		return compact({
			name: parameter.name,
			type: shortType(parameter.type),
			switch: isSwitchType(parameter.type),
			sets: inSets.map(([name]) => setName(name)),
			allSets,
			mandatoryIn: inSets.filter(([, info]) => info.mandatory).map(([name]) => setName(name)),
			positions: Object.fromEntries(inSets.filter(([, info]) => info.position !== null).map(([name, info]) => [setName(name), info.position])),
			remainingIn: inSets.filter(([, info]) => info.remaining).map(([name]) => setName(name)),
			aliases: parameter.aliases,
			editions: coreOnlyNames.has(parameter.name) ? ["core"] : undefined,
		});
	});
	const windowsOnly = (windows ?? []).map(({ source: _source, ...parameter }) => parameter);
	return { origin: "builtin", sets: allSets, parameters: [...fromEngine, ...windowsOnly] };
}

/** Every cmdlet of the catalog by name, sorted, and the common parameters. */
export function buildCatalog() {
	const engine = readJson("builtin-cmdlets.pwsh.json");
	const windows = readJson("windows-powershell.json");
	const migration = readJson("cmdlet-parameters.json");
	const documentedPositions = readDocumentedPositions(readFileSync(input("cmdlet-parameters.md"), "utf8"));
	const cmdlets = new Map();
	for (const [name, reference] of Object.entries(migration)) {
		cmdlets.set(name, migrationCmdlet(name, reference, documentedPositions.get(name) ?? new Map()));
	}
	// The engine knows its own cmdlets better than the migration reference does (Import-PSSession, Remove-PSSession).
	for (const cmdlet of engine.cmdlets) {
		cmdlets.set(cmdlet.name, builtinCmdlet(cmdlet, windows.parameters[cmdlet.name], windows.coreOnly[cmdlet.name]));
	}
	for (const [name, { source: _source, ...cmdlet }] of Object.entries(windows.cmdlets)) {
		cmdlets.set(name, { origin: "builtin", ...cmdlet });
	}
	for (const [name, variants] of Object.entries(readJson("module-variants.json"))) {
		if (name.startsWith("_")) continue;
		cmdlets.set(name, withVariants(name, cmdlets.get(name), variants));
	}
	return {
		generated: "by `pnpm generate` (packages/language-powershell/scripts/generate-catalog.mjs) from packages/language-powershell/catalog/; do not edit",
		commonParameters: engine.commonParameters.map(({ name, type, aliases }) => ({ name, aliases, ...(isSwitchType(type) ? { switch: true } : {}) })),
		cmdlets: Object.fromEntries([...cmdlets].sort(([a], [b]) => a.localeCompare(b, "en"))),
	};
}

/** The catalog file with the content `pnpm generate` writes. */
export function cmdletCatalogFile() {
	return { file: CATALOG_FILE, content: `${JSON.stringify(buildCatalog(), null, "\t")}\n` };
}
