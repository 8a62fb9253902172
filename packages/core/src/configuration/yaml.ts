import { createRequire } from "node:module";
import type * as Yaml from "yaml";

let loaded: typeof Yaml | undefined;

/** The yaml package, loaded on first use: without a configuration file miglint never needs it. */
export function yaml(): typeof Yaml {
	loaded ??= createRequire(import.meta.url)("yaml") as typeof Yaml;
	return loaded;
}
