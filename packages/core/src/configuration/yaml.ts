import { createRequire } from "node:module";
import type * as Yaml from "yaml";

let loaded: typeof Yaml | undefined;

/** The yaml package, loaded on first use: a run without a configuration file, or with one in plain block YAML (block-config.ts), never needs it. */
export function yaml(): typeof Yaml {
	loaded ??= createRequire(import.meta.url)("yaml") as typeof Yaml;
	return loaded;
}
