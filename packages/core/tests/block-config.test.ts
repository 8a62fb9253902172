import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument, Schema, type ScalarTag } from "yaml";
import { describe, expect, it } from "vitest";
import { readBlockConfig } from "../src/configuration/block-config.js";
import { ConfigError } from "../src/configuration/config-error.js";
import type { RuleInfo } from "../src/configuration/config-schema.js";
import { yamlDocumentLocations, type Locations } from "../src/configuration/document-locations.js";
import { loadConfig } from "../src/configuration/load-config.js";
import { plainScalarValue } from "../src/block-yaml/plain-scalar.js";
import { temporaryFolder } from "../../../test/helpers/temporary-folder.js";

/** A configuration text as the yaml package reads it for miglint (see readConfigFile). */
function readByYaml(text: string): { data: unknown; locations: Locations } | { errors: string[] } {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
	if (document.errors.length > 0) return { errors: document.errors.map((error) => error.message) };
	return { data: document.toJS() ?? {}, locations: yamlDocumentLocations(document, lineCounter) };
}

/** Every path to a value of `data`, and every key with the path of its mapping. */
function pathsOf(data: unknown, at: (string | number)[] = []): { values: (string | number)[][]; keys: [(string | number)[], string][] } {
	const values = [at];
	const keys: [(string | number)[], string][] = [];
	if (data !== null && typeof data === "object") {
		for (const [key, value] of Object.entries(data)) {
			const segment = Array.isArray(data) ? Number(key) : key;
			if (!Array.isArray(data)) keys.push([at, key]);
			const inner = pathsOf(value, [...at, segment]);
			values.push(...inner.values);
			keys.push(...inner.keys);
		}
	}
	return { values, keys };
}

/** Where every value and key of the data is (and where an absent one would be reported), by both readers. */
function placesOf(data: unknown, locations: Locations): unknown[] {
	const { values, keys } = pathsOf(data);
	return [
		...values.flatMap((path) => [locations.ofValue(path), locations.ofValue([...path, "absent"]), locations.ofKey(path, "absent")]),
		...keys.map(([path, key]) => locations.ofKey(path, key)),
	];
}

/** The block reader reads the text as the yaml package does (or leaves it); returns whether it read it. */
function agrees(text: string): boolean {
	const block = readBlockConfig(text);
	if (!block) return false;
	const yaml = readByYaml(text);
	expect("errors" in yaml ? yaml : null, JSON.stringify(text)).toBeNull();
	const { data, locations } = yaml as { data: unknown; locations: Locations };
	expect(block.data, JSON.stringify(text)).toStrictEqual(data);
	expect(JSON.stringify(block.data), JSON.stringify(text)).toBe(JSON.stringify(data));
	expect(placesOf(block.data, block.locations), JSON.stringify(text)).toEqual(placesOf(data, locations));
	return true;
}

const FIXTURES = ["contoso", "bad-input", "non-batch-csv"].map((name) => new URL(`../../../fixtures/${name}/miglint.config.yaml`, import.meta.url));

describe("configurations read without the yaml package", () => {
	it("reads every configuration of the fixtures as the yaml package does", () => {
		for (const file of FIXTURES) {
			expect(agrees(readFileSync(file, "utf8")), file.pathname).toBe(true);
		}
	});

	it("reads plain block YAML as the yaml package does: scalars of every kind, quoted keys, comments, empty values, CRLF", () => {
		for (const text of [
			"migration:\n  domains:\n    onPremises: [contoso.com, fabrikam.com]\n",
			"migration:\r\n  sso: true   \r\n  domains:\r\n    onPremises: [ contoso.com ,fabrikam.com ]  # both\r\n",
			"a: on\nb: yes\nc: ~\nd: null\ne: NULL\nf: 1e3\ng: 0x10\nh: .5\ni: 0o17\nj: -0\nk: +12\nl: .inf\nm: -.Inf\nn: .NaN\no: 1.50\np: 007\nq: 12345678901234567890\nr: True\ns: off\n",
			"'quoted key': 1\n\"double\": \"x\\ty\"\n'': ''\n\"a b\": 'it''s'\n",
			"a:\nb:   \nc: # empty\nd: []\ne: {}\nf:\n- \n- x\n",
			"ignores:\n- archive/**\n- 'batches/*.tmp' # mine\ncsv:\n  types:\n    \"batches/legacy/*.txt\": staged\n",
			"rules:\n  csv-max-rows:\n    - error\n    - max: 1000\n  csv-header: warn\n",
			"overrides:\n  - files: ['batches/**']\n    rules:\n      csv-max-rows: off\n",
			"__proto__: 1\nconstructor: 2\ntoString:\n  x: 1\n",
			"key: value with spaces   \nurl: http://contoso.com/a#b\ntime: 12:30\n",
			"# only comments above\n---\nmigration: {}\n",
			"- a\n- b\n",
			"a: [~, null, 1e3, 0x10, .5, 'q', \"d\", yes]\n",
			// A --rule value, as readRuleOption reads it.
			"rules: {csv-max-rows: error, miglint/csv-header: 'off', csv-columns: 2}",
			"rules:\n  csv-max-rows: [error, { max: 1000 }]\n  csv-columns: [warn, {allowUnknownColumns: true, 'x': \"y\"}]\nmigration:\n  skypeHybrid: {final: false}\n",
		]) {
			expect(agrees(text), JSON.stringify(text)).toBe(true);
		}
	});

	it("leaves to the yaml package what it would read otherwise or reject", () => {
		for (const text of [
			// Repeated keys: an error with uniqueKeys.
			"a: 1\na: 2\n",
			"migration:\n  sso: true\n  sso: false\n",
			// Keys the core schema does not read as strings: toJS writes them otherwise.
			"1: a\n",
			"true: a\n",
			"~: a\n",
			"0x10: a\n",
			"1e3: a\n",
			// Tabs, a byte order mark inside, a lone CR.
			"a:\tb\n",
			"a: b\n\ufeffc: d\n",
			"a: b\rc: d\n",
			// What only the yaml package reads.
			"",
			"# only a comment\n",
			"a: &x 1\nb: *x\n",
			"a: !!str 1\n",
			"a: |\n  text\n",
			"a: two\n  lines\n",
			"a: {b: {c: 1}}\n",
			"rules:\n  csv-max-rows: [error, {max: 1000,}]\n",
			"a: {b: 1, b: 2}\n",
			"a: [{1: x}]\n",
			"a: 1\n---\nb: 2\n",
			"{}\n",
			'{"migration": {"sso": true}}\n',
		]) {
			expect(agrees(text), JSON.stringify(text)).toBe(false);
		}
	});

	it("agrees with the yaml package on every combination of keys, values and layouts", () => {
		const keys = ["a", "A", "key with spaces", "'quoted'", '"1"', "-x", "k#", "<<", "1", "on", "null", "__proto__", "a:b"];
		const values = [
			"",
			"x",
			"x  ",
			"1",
			"-5",
			"0x1F",
			"1e3",
			".5",
			"~",
			"null",
			"yes",
			"True",
			"'it''s'",
			'"a\\tb"',
			"[]",
			"{}",
			"[a, 'b', 1]",
			"x # c",
			"a#b",
			"[error, {max: 1000}]",
			"{ a: 1, b: ~ }",
			"{on: 1}",
			"{'1': x, \"y\": 2}",
			"[{}, {a: [1]}]",
		];
		let read = 0;
		for (const key of keys) {
			for (const value of values) {
				for (const text of [
					`${key}: ${value}\n`,
					`top:\n  ${key}: ${value}\n  ${key === "a" ? "b" : "a"}: 1\r\n`,
					`list:\n- ${key}: ${value}\n  other: 2\n- ${value}\n`,
					`a: 1\n${key}:\n  - ${value}\n`,
				]) {
					if (agrees(text)) read++;
				}
			}
		}
		// Most of them are plain block YAML.
		expect(read).toBeGreaterThan(keys.length * values.length * 2);
	});

	it("resolves plain scalars as the yaml package's core schema does", () => {
		const tags = new Schema({ resolveKnownTags: true, schema: "core" }).tags.filter(
			(tag): tag is ScalarTag => tag.default === true && "test" in tag && tag.test instanceof RegExp,
		);
		const byYaml = (text: string): unknown => {
			const tag = tags.find((candidate) => candidate.test!.test(text));
			if (!tag) return text;
			const resolved = tag.resolve(text, () => undefined, { intAsBigInt: false });
			return resolved !== null && typeof resolved === "object" && "value" in resolved ? resolved.value : resolved;
		};
		const pieces = [
			"",
			"0",
			"7",
			"9",
			"1",
			"x",
			"o",
			"e",
			"E",
			".",
			"-",
			"+",
			"_",
			"a",
			"f",
			"F",
			"n",
			"N",
			"t",
			"T",
			"~",
			"inf",
			"nan",
			"NaN",
			"Inf",
			"INF",
			"ull",
			"rue",
			"alse",
			"RUE",
			"ALSE",
			"ULL",
		];
		for (const first of pieces) {
			for (const second of pieces) {
				for (const third of pieces) {
					const text = first + second + third;
					expect(plainScalarValue(text), JSON.stringify(text)).toStrictEqual(byYaml(text));
				}
			}
		}
	});

	it("gives every configuration error at the same line and column as the yaml package's reading", () => {
		const rules: Record<string, RuleInfo> = {
			"csv-header": { meta: { schema: [] } },
			"csv-max-rows": { meta: { schema: [{ type: "object", properties: { max: { type: "integer", minimum: 1 } }, additionalProperties: false }] } },
		};
		const directory = temporaryFolder("block-config");
		/** The outcome of loading a configuration: its error where it is, or the configuration (without its file). */
		const outcome = (text: string): unknown => {
			const file = path.join(directory, "miglint.config.yaml");
			writeFileSync(file, text);
			try {
				const { file: _file, ...config } = loadConfig(file, rules);
				return config;
			} catch (error) {
				if (!(error instanceof ConfigError)) throw error;
				return `${error.line}:${error.column}: ${error.message}`;
			}
		};
		for (const text of [
			"migration:\n  sso: yes-please\n",
			"migration:\n  ssso: true\n",
			"migration:\n  sourceExchangeVersion: 2008\n",
			"migration:\n  domains:\n    onPremises: [contoso.com, 5]\n",
			"migration:\r\n  domains:  \r\n    cloud: 7 # not a list\r\n",
			"\ufeffmigration:\n  sso: 1\n",
			"rules:\n  csv-max-rows: [error, {max: 0}]\n",
			"rules:\n  csv-max-rows:\n    - error\n    - max: -1\n      min: 2\n",
			"rules:\n  csv-max-rowz: error\n  csv-header: [error, { a: 1 }]\n",
			"rules:\n  csv-header: loud\n",
			"overrides:\n  - files: [a.csv]\n    rules:\n      csv-max-rows: [warn, {max: x}]\n",
			"overrides:\n  - files: [a.csv]\n    rulez: {}\n",
			"ignores:\n  - archive/**\n  - 7\n",
			"csv:\n  types:\n    'batches/*.txt': stagedd\n  legacyEncoding:\n",
			"'migration':\n  \"sso\": true\nrules:\n  csv-max-rows: [error, { max: 1000 }]\nignores: [archive/**]\n",
		]) {
			// The same configuration, with an anchor on a value added at its end: the yaml package reads it.
			const anchored = `${text}$schema: &schema ./miglint.config.schema.json\n`;
			const plain = `${text}$schema: ./miglint.config.schema.json\n`;
			expect(readBlockConfig(plain.replace(/^\ufeff/u, "")), JSON.stringify(text)).not.toBeNull();
			expect(readBlockConfig(anchored.replace(/^\ufeff/u, "")), JSON.stringify(text)).toBeNull();
			expect(outcome(plain), JSON.stringify(text)).toEqual(outcome(anchored));
		}
	});
});
