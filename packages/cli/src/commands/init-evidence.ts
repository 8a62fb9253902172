import { readFileSync } from "node:fs";
import { decodeBytes, LEGACY_ENCODINGS, MAX_FILE_BYTES, relativePath, TRANSCODE_CONFIDENCE } from "@miglint/core";
import type { CsvTypeFact } from "@miglint/project-facts";
import { languageOfFile } from "eslint-plugin-miglint/languages";

/** A SharedSipAddressSpace value a settings file or a script sets, and where (`path:line:column`). */
export interface SharedSipSetting {
	value: boolean;
	where: string;
}

/** A legacy code page seen in a batch file. */
export interface LegacyEncodingSeen {
	/** The WHATWG label csv.legacyEncoding takes. */
	encoding: string;
	/** What the detector says, for the comment: "batches/wave0.txt reads as Windows-1252 (…), 45% sure". */
	evidence: string;
	/** Sure enough that `--fix` would convert the file by itself. */
	confident: boolean;
}

function readSmall(file: string): Buffer | null {
	try {
		const bytes = readFileSync(file);
		return bytes.length > MAX_FILE_BYTES ? null : bytes;
	} catch {
		return null;
	}
}

/** Only files that name the setting are parsed. */
const NAMES_SETTING = /SharedSipAddressSpace/iu;

async function fromSettingsFile(file: string, text: string, root: string): Promise<SharedSipSetting[]> {
	const { parseSettingsText, tenantFederationEntries } = await import("@miglint/language-settings");
	const parsed = parseSettingsText(text, file);
	if (!parsed.ok) return [];
	return tenantFederationEntries(parsed.settings).flatMap(({ sharedSipAddressSpace: setting }) =>
		setting?.value === undefined
			? []
			: [{ value: setting.value, where: `${relativePath(root, file)}:${setting.node.loc.start.line}:${setting.node.loc.start.column + 1}` }],
	);
}

/** `Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true` (or `$false`, 1, 0; splatted too), as the binder reads it. */
async function fromScript(file: string, bytes: Buffer, root: string): Promise<SharedSipSetting[]> {
	const { PowerShellLanguage } = await import("@miglint/language-powershell");
	const language = new PowerShellLanguage();
	const source = { path: file, physicalPath: file, body: new Uint8Array(bytes) };
	const result = language.parse(source as never);
	if (!result.ok) return [];
	const sourceCode = language.createSourceCode(source as never, result);
	// A script with a syntax error says nothing: its recovered tree could be wrong.
	if (sourceCode.syntaxError) return [];
	return sourceCode.commandsNamed("Set-CsTenantFederationConfiguration").flatMap((command) => {
		const parameter = command.parameter("SharedSipAddressSpace");
		const value = parameter?.constant?.value;
		// A variable or an expression whose value the binder cannot tell says nothing.
		if (!parameter || ![true, false, 0, 1].includes(value as never)) return [];
		const { line, column } = parameter.node.loc.start;
		return [{ value: value === true || value === 1, where: `${relativePath(root, file)}:${line}:${column + 1}` }];
	});
}

/** The SharedSipAddressSpace values the project's settings files and scripts set. */
export async function sharedSipSettings(files: readonly string[], root: string): Promise<SharedSipSetting[]> {
	const found: SharedSipSetting[] = [];
	for (const file of files) {
		const language = languageOfFile(file);
		if (language !== "settings" && language !== "powershell") continue;
		const bytes = readSmall(file);
		const decoded = bytes && decodeBytes(bytes);
		// A UTF-16 script has NULs between the letters: the test runs on the decoded text.
		if (!decoded || decoded.binary || !NAMES_SETTING.test(decoded.text)) continue;
		found.push(...(language === "settings" ? await fromSettingsFile(file, decoded.text, root) : await fromScript(file, bytes, root)));
	}
	return found;
}

/** The legacy code page the project's batch files were saved in, when one of them is not Unicode: the most confident guess. */
export function legacyEncodingSeen(csvTypes: readonly CsvTypeFact[], root: string): LegacyEncodingSeen | null {
	let best: { file: string; encoding: string; name: string; confidence: number } | null = null;
	for (const { file, linted } of csvTypes) {
		const bytes = linted ? readSmall(file) : null;
		const detected = bytes && decodeBytes(bytes).facts.detected;
		if (!detected || !(LEGACY_ENCODINGS as readonly string[]).includes(detected.encoding)) continue;
		if (!best || detected.confidence > best.confidence) best = { file, ...detected };
	}
	return (
		best && {
			encoding: best.encoding,
			evidence: `${relativePath(root, best.file)} is not UTF-8 and reads as ${best.name} (${best.confidence}% sure)`,
			confident: best.confidence >= TRANSCODE_CONFIDENCE,
		}
	);
}
