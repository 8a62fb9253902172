/**
 * Generates src/commands/cmdlet-catalog.json, the parameters the command model
 * binds, from the shared cmdlet reference:
 *
 *   node scripts/generate-catalog.mjs <cmdlet-parameters.json> [constraints.md]
 *
 * The JSON gives each parameter set's parameters (from the cmdlet pages' SYNTAX
 * blocks) and whether they are positional; the optional Markdown (its Appendix A
 * tables) gives the documented position numbers. Without a documented number a
 * parameter's position is its rank among the set's positional parameters, which
 * is the order of the SYNTAX block.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const [referencePath, appendixPath] = process.argv.slice(2);
if (!referencePath) {
	console.error("usage: node scripts/generate-catalog.mjs <cmdlet-parameters.json> [constraints.md]");
	process.exit(2);
}

const reference = JSON.parse(readFileSync(referencePath, "utf8"));
const documentedPositions = appendixPath ? readDocumentedPositions(readFileSync(appendixPath, "utf8")) : new Map();

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

const isSwitchType = (type) => type === null || /SwitchParameter$/u.test(type ?? "");

function catalogEntry(cmdletName, { sets, param_meta: meta }) {
	const setNames = Object.keys(sets);
	const documented = documentedPositions.get(cmdletName) ?? new Map();
	/** Lower-case name -> parameter, so that `AllowUnknownColumnsInCsv` and `AllowUnknownColumnsInCSV` are one parameter. */
	const parameters = new Map();
	const parameterFor = (name, isSwitch) => {
		const key = name.toLowerCase();
		if (!parameters.has(key)) parameters.set(key, { name, switch: isSwitch, sets: [], mandatoryIn: [], positions: {} });
		return parameters.get(key);
	};
	for (const setName of setNames) {
		const inSet = Object.entries(sets[setName]);
		const positional = inSet.filter(([, info]) => info.positional).map(([name]) => name);
		for (const [name, info] of inSet) {
			const parameter = parameterFor(name, isSwitchType(info.type));
			parameter.sets.push(setName);
			if (info.mandatory) parameter.mandatoryIn.push(setName);
			if (info.positional) parameter.positions[setName] = documented.get(name.toLowerCase()) ?? positional.indexOf(name);
		}
	}
	// Parameters only the YAML metadata lists (-WhatIf, -Confirm, some Teams parameters) are named-only.
	for (const [name, entries] of Object.entries(meta ?? {})) {
		if (parameters.has(name.toLowerCase())) continue;
		const parameter = parameterFor(name, entries.some((entry) => isSwitchType(entry.type)));
		const listed = entries.flatMap((entry) => entry.sets);
		parameter.sets = listed.includes("(All)") ? [...setNames] : setNames.filter((setName) => listed.includes(setName));
		if (parameter.sets.length === 0) parameter.sets = [...setNames];
	}
	return {
		sets: setNames,
		parameters: [...parameters.values()].map(({ name, switch: isSwitch, sets: inSets, mandatoryIn, positions }) => ({
			name,
			...(isSwitch ? { switch: true } : {}),
			// Omitted when the parameter is in every set.
			...(inSets.length === setNames.length ? {} : { sets: inSets }),
			...(mandatoryIn.length > 0 ? { mandatoryIn } : {}),
			...(Object.keys(positions).length > 0 ? { positions } : {}),
		})),
	};
}

const catalog = Object.fromEntries(
	Object.keys(reference)
		.sort((a, b) => a.localeCompare(b, "en"))
		.map((name) => [name, catalogEntry(name, reference[name])]),
);
const target = fileURLToPath(new URL("../src/commands/cmdlet-catalog.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(catalog, null, "\t")}\n`);
console.log(`${Object.keys(catalog).length} cmdlets written to ${target}`);
