import type { Comment } from "@miglint/powershell-parser";

/**
 * The `#Requires` statements of a script: the modules the binder selects cmdlet
 * forms by, the edition detection, ps-retired-module and
 * ps-exchange-module-version. PowerShell reads `#Requires` in any line comment
 * that starts with it, with no space after `#` (`# Requires` is a plain comment,
 * as PowerShell 7.6's parser says).
 */

/** One module of `#Requires -Modules`: a name, or a hashtable with ModuleName and versions. */
export interface RequiredModule {
	name: string;
	/** ModuleVersion (the minimum), RequiredVersion (exact) and MaximumVersion of a hashtable; null when not given. */
	minimumVersion: string | null;
	requiredVersion: string | null;
	maximumVersion: string | null;
	/** The module name's range in the file (inside the quotes when quoted). */
	range: [number, number];
}

export interface RequiresStatements {
	modules: RequiredModule[];
	/** `#Requires -Version N[.n]`: the version as written (without quotes), and its range; null when absent. */
	version: { value: string; range: [number, number] } | null;
	/** `#Requires -PSEdition Core|Desktop`, lower case; null when absent. */
	edition: "core" | "desktop" | null;
}

const REQUIRES = /^requires\s/iu;
/** A module entry: `@{ ... }`, a quoted name or a bare name, up to the next comma or the next `-Parameter`. */
const MODULE_ENTRY = /@\{[^}]*\}|"[^"]*"|'[^']*'|[^\s,"'@-][^\s,]*/gu;
const HASHTABLE_KEY = /\b(ModuleName|ModuleVersion|RequiredVersion|MaximumVersion)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;}]+))/giu;

function moduleOfHashtable(entry: string, start: number): RequiredModule | null {
	const values: Record<string, { value: string; offset: number }> = {};
	for (const match of entry.matchAll(HASHTABLE_KEY)) {
		const value = match[2] ?? match[3] ?? match[4] ?? "";
		const valueOffset = match.index + match[0].length - value.length - (match[4] === undefined ? 1 : 0);
		values[match[1]!.toLowerCase()] = { value, offset: start + valueOffset };
	}
	const name = values["modulename"];
	if (!name) return null;
	return {
		name: name.value,
		minimumVersion: values["moduleversion"]?.value ?? null,
		requiredVersion: values["requiredversion"]?.value ?? null,
		maximumVersion: values["maximumversion"]?.value ?? null,
		range: [name.offset, name.offset + name.value.length],
	};
}

function modulesOf(list: string, start: number): RequiredModule[] {
	const modules: RequiredModule[] = [];
	for (const match of list.matchAll(MODULE_ENTRY)) {
		const entry = match[0];
		const offset = start + match.index;
		if (entry.startsWith("@{")) {
			const module = moduleOfHashtable(entry, offset);
			if (module) modules.push(module);
			continue;
		}
		const quoted = entry.startsWith('"') || entry.startsWith("'");
		const name = quoted ? entry.slice(1, -1) : entry;
		const nameStart = quoted ? offset + 1 : offset;
		modules.push({ name, minimumVersion: null, requiredVersion: null, maximumVersion: null, range: [nameStart, nameStart + name.length] });
	}
	return modules;
}

const cache = new WeakMap<readonly Comment[], RequiresStatements>();

/** Every module, the PowerShell version and the edition the script's `#Requires` statements ask for. */
export function requiresStatements(comments: readonly Comment[]): RequiresStatements {
	let found = cache.get(comments);
	if (found) return found;
	found = { modules: [], version: null, edition: null };
	for (const comment of comments) {
		if (comment.type !== "Line" || !REQUIRES.test(comment.value)) continue;
		// The comment's value starts after `#`.
		const valueStart = comment.range[0] + 1;
		for (const parameter of comment.value.matchAll(/\s-(\w+)\s+((?:(?!\s-\w).)*)/gu)) {
			const name = parameter[1]!.toLowerCase();
			const argumentStart = valueStart + parameter.index + parameter[0].length - parameter[2]!.length;
			if ("modules".startsWith(name)) found.modules.push(...modulesOf(parameter[2]!, argumentStart));
			else if ("version".startsWith(name)) {
				const version = /^(['"]?)(\d+(?:\.\d+)*)/u.exec(parameter[2]!);
				if (version) {
					const start = argumentStart + version[1]!.length;
					found.version = { value: version[2]!, range: [start, start + version[2]!.length] };
				}
			} else if (name.length >= 3 && "psedition".startsWith(name)) {
				const edition = /^['"]?(core|desktop)\b/iu.exec(parameter[2]!);
				if (edition) found.edition = edition[1]!.toLowerCase() as "core" | "desktop";
			}
		}
	}
	cache.set(comments, found);
	return found;
}
