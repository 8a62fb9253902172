import type { Ajv, CodeKeywordDefinition, KeywordCxt, Options } from "ajv";
import { ajv } from "../ajv.js";
import * as checks from "./value-checks.js";

type AjvModule = typeof import("ajv");

/** The module name the precompiled validators import the checks as (see value-validator-source.ts). */
export const CHECKS_NAME = "checks";

/**
 * miglint's value keywords as ajv code keywords: each calls its function of
 * value-checks.ts, so that ajv can also write them into standalone code.
 */
function valueKeywords({ _, Name }: AjvModule): CodeKeywordDefinition[] {
	const callCheck = (cxt: KeywordCxt, name: keyof typeof checks) =>
		cxt.gen.scopeValue("keyword", { ref: checks[name], code: _`${new Name(CHECKS_NAME)}.${new Name(name)}` });
	return [
		{
			keyword: "smtpAddress",
			type: "string",
			schemaType: "boolean",
			error: { message: "must be an SMTP address", params: ({ params }) => _`${params["problem"]}` },
			code(cxt) {
				const problem = cxt.gen.const("problem", _`${callCheck(cxt, "smtpAddressProblem")}(${cxt.data})`);
				cxt.params = { problem };
				cxt.fail(_`${cxt.schemaCode} && ${problem} !== null`);
			},
		},
		{
			keyword: "characterClasses",
			type: "string",
			schemaType: "number",
			error: { message: "must use more kinds of characters", params: ({ params, schemaCode }) => _`{min: ${schemaCode}, found: ${params["found"]}}` },
			code(cxt) {
				const found = cxt.gen.const("found", _`${callCheck(cxt, "characterClassCount")}(${cxt.data})`);
				cxt.params = { found };
				cxt.fail(_`${found} < ${cxt.schemaCode}`);
			},
		},
		{
			keyword: "allowedCharacters",
			type: "string",
			schemaType: "string",
			error: { message: "must use allowed characters only", params: ({ params }) => _`{offset: ${params["offset"]}}` },
			code(cxt) {
				const offset = cxt.gen.const("offset", _`${callCheck(cxt, "firstDisallowedCharacter")}(${cxt.schemaCode}, ${cxt.data})`);
				cxt.params = { offset };
				cxt.fail(_`${offset} !== -1`);
			},
		},
		{
			keyword: "enumIgnoreCase",
			type: "string",
			schemaType: "array",
			error: { message: "must be one of the allowed values", params: ({ schemaCode }) => _`{allowedValues: ${schemaCode}}` },
			code(cxt) {
				cxt.fail(_`!${callCheck(cxt, "isListedIgnoringCase")}(${cxt.schemaCode}, ${cxt.data})`);
			},
		},
	];
}

/** An ajv instance that knows miglint's value keywords (for the generator and the tests; linting uses the precompiled validators). */
export function createValueAjv(options: Options = {}): Ajv {
	const module = ajv();
	const instance = new module.Ajv({ allErrors: true, strict: true, ...options });
	for (const keyword of valueKeywords(module)) {
		instance.addKeyword(keyword);
	}
	return instance;
}
