import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Every .ps1/.psm1 file under `dir`, in directory order. */
export function* scriptFiles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* scriptFiles(path);
		else if (/\.(ps1|psm1)$/i.test(entry.name)) yield path;
	}
}

/** A script's text decoded as PowerShell reads it in the common cases: a UTF-16 or UTF-8 BOM, else UTF-8. */
export function readScript(path: string): string {
	const bytes = readFileSync(path);
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
	return new TextDecoder("utf-8").decode(bytes);
}
