import path from "node:path";
import { relativePath, type ModuleEditionFact } from "@miglint/core";
import type { Expression, Program, Statement } from "@miglint/language-powershell";
import type { FileSummary } from "./file-summaries.js";

/**
 * Module manifests (.psd1) and the PowerShell they ask for. Import-Module
 * refuses a module whose manifest's `PowerShellVersion` is above the running
 * version, or whose `CompatiblePSEditions` leaves out the running edition
 * (about_Module_Manifests, New-ModuleManifest): a manifest asking for 6.0 or
 * later, or for the Core edition only, makes its module's scripts scripts
 * that only PowerShell 7 runs.
 */

/** What the facts keep of a module manifest: why only PowerShell 7 imports its module, or null when it does not say so. */
export interface ManifestSummary {
	coreOnly: string | null;
}

/** Keys only a module manifest has (New-ModuleManifest): a .psd1 hashtable without any is a data file. */
const MANIFEST_KEYS = new Set(["rootmodule", "moduletoprocess", "moduleversion", "guid", "functionstoexport", "cmdletstoexport", "nestedmodules"]);

/** A System.Version, as Import-Module reads `PowerShellVersion`: `'7'` is not one, and the manifest is then not valid. */
const VERSION = /^(\d+)\.\d+(\.\d+){0,2}$/u;

/** The one expression of a statement written as a plain value (`'7.0'`, `'Core', 'Desktop'`, `@('Core')`), else null. */
function valueExpression(statement: Statement | null): Expression | null {
	if (statement?.type !== "Pipeline" || statement.elements.length !== 1) return null;
	const [element] = statement.elements;
	return element?.type === "CommandExpression" && element.redirections.length === 0 ? element.expression : null;
}

/** The strings of a constant string or list of strings (`'Core'`, `'Core', 'Desktop'`, `@('Core')`); null for anything else. */
function constantStrings(expression: Expression | null): string[] | null {
	if (expression?.type === "StringConstant") return [expression.value];
	if (expression?.type === "ArrayLiteral") {
		const strings = expression.elements.map((element) => constantStrings(element));
		return strings.every((item) => item?.length === 1) ? strings.map((item) => item![0]!) : null;
	}
	if (expression?.type === "ArrayExpression") {
		const strings = expression.statements.map((statement) => constantStrings(valueExpression(statement)));
		return strings.every((item) => item !== null) ? strings.flat() : null;
	}
	return null;
}

/**
 * What a parsed .psd1 file tells as a module manifest; null when it is not
 * one (not a single hashtable, or one without a manifest key). Only constant
 * values count: anything computed decides nothing.
 */
export function readManifest(program: Program): ManifestSummary | null {
	const [statement, ...more] = program.statements;
	const hashtable = more.length === 0 && program.blocks.length === 0 ? valueExpression(statement ?? null) : null;
	if (hashtable?.type !== "Hashtable") return null;
	const values = new Map<string, Statement | null>();
	for (const entry of hashtable.entries) {
		if (entry.key.type === "StringConstant") values.set(entry.key.value.toLowerCase(), entry.value);
	}
	if (![...values.keys()].some((key) => MANIFEST_KEYS.has(key))) return null;
	const [version] = constantStrings(valueExpression(values.get("powershellversion") ?? null)) ?? [];
	const major = version === undefined ? undefined : VERSION.exec(version)?.[1];
	if (major !== undefined && Number(major) >= 6) return { coreOnly: `PowerShellVersion = '${version}'` };
	const editions = constantStrings(valueExpression(values.get("compatiblepseditions") ?? null));
	if (editions?.length && editions.every((edition) => edition.toLowerCase() === "core")) return { coreOnly: "CompatiblePSEditions = 'Core'" };
	return { coreOnly: null };
}

/** A module whose manifest makes it PowerShell 7 only, and its scripts. */
export interface ModuleFact {
	manifest: string;
	/** The manifest key that says so, as written (`PowerShellVersion = '7.0'`). */
	reason: string;
	scripts: string[];
}

const MODULE_SCRIPT = /\.ps[m]?1$/iu;

/**
 * The modules of the project only PowerShell 7 imports, with the .ps1 and
 * .psm1 files under each. A script belongs to the module of the nearest
 * directory above it, within `root`, that holds a manifest; when that
 * manifest (every manifest of that directory) does not ask for PowerShell 7,
 * the script may run on Windows PowerShell 5.1 as far as manifests tell.
 */
export function coreOnlyModules(scripts: readonly string[], summaries: ReadonlyMap<string, FileSummary>, root: string): ModuleFact[] {
	const manifestsByDirectory = new Map<string, { file: string; coreOnly: string | null }[]>();
	for (const file of scripts) {
		const summary = summaries.get(file);
		if (summary?.kind !== "powershell" || !summary.manifest) continue;
		const directory = path.dirname(file);
		manifestsByDirectory.set(directory, [...(manifestsByDirectory.get(directory) ?? []), { file, coreOnly: summary.manifest.coreOnly }]);
	}
	if (manifestsByDirectory.size === 0) return [];
	const modules = new Map<string, ModuleFact>();
	/** The module that decides for the scripts of a directory, null when none does; known per directory once. */
	const deciding = new Map<string, ModuleFact | null>();
	const moduleOf = (directory: string): ModuleFact | null => {
		const known = deciding.get(directory);
		if (known !== undefined) return known;
		const manifests = manifestsByDirectory.get(directory);
		const parent = path.dirname(directory);
		let found: ModuleFact | null;
		if (manifests) {
			const [first] = manifests;
			found = first && manifests.every((manifest) => manifest.coreOnly !== null) ? { manifest: first.file, reason: first.coreOnly!, scripts: [] } : null;
			if (found) modules.set(found.manifest, found);
		} else {
			found = directory === root || parent === directory ? null : moduleOf(parent);
		}
		deciding.set(directory, found);
		return found;
	};
	for (const file of scripts) {
		if (MODULE_SCRIPT.test(file)) moduleOf(path.dirname(file))?.scripts.push(file);
	}
	return [...modules.values()].filter((module) => module.scripts.length > 0);
}

/** For each script of such a module: its manifest, relative to `root`, and why. */
export function moduleEditionsByScript(modules: readonly ModuleFact[], root: string): Map<string, ModuleEditionFact> {
	const byScript = new Map<string, ModuleEditionFact>();
	for (const { manifest, reason, scripts } of modules) {
		for (const script of scripts) byScript.set(script, { manifest: relativePath(root, manifest), reason });
	}
	return byScript;
}
