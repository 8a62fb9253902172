import type { MiglintConfig } from "@miglint/core";
import { discoverFiles } from "../discover-files.js";
import { UsageError } from "../usage-error.js";

/** Every file of the project miglint would lint, to derive the project facts from; none when it has none. */
export function projectFiles(root: string, config: MiglintConfig): string[] {
	try {
		return discoverFiles([root], root, config);
	} catch (error) {
		if (error instanceof UsageError) {
			return [];
		}
		throw error;
	}
}
