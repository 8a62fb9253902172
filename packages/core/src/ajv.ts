import { createRequire } from "node:module";

type AjvModule = typeof import("ajv");

let loaded: AjvModule | undefined;

/** ajv, loaded on first use: linting a file with the precompiled validators and no configuration never needs it. */
export function ajv(): AjvModule {
	loaded ??= createRequire(import.meta.url)("ajv") as AjvModule;
	return loaded;
}
