import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { Parser } from "yaml";
import type { ArrayNode, ObjectNode, SettingsNode } from "../src/ast.js";
import { SettingsLanguage } from "../src/languages/settings-language.js";
import { parseSettingsDocument } from "../src/parser/parse-document.js";

/** A small deterministic generator (mulberry32), so that a failure is reproducible from its seed. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let value = Math.imul(state ^ (state >>> 15), 1 | state);
		value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
		return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const SPACE = ["", " ", "  ", "\n", "\r\n", "\t", "\n    "];
const STRINGS = [
	'""',
	'"a"',
	'"Identity"',
	'"identity"',
	'"contoso.com"',
	'"caf\\u00e9"',
	'"\\ud83d\\ude00"',
	'"tab\\tand\\"quote\\"\\\\"',
	'"\\/"',
	'"é😀"',
	'"\\u0000"',
];
const NUMBERS = ["0", "-0", "1", "-12", "3.25", "1.50", "1e5", "-2E-3", "12345678901234567890", "0.1"];

/** Random JSON text: nested objects (with keys repeated in any letter case) and arrays, every kind of scalar, any whitespace. */
function randomJson(next: () => number, depth = 0): string {
	const space = () => pick(next, SPACE);
	const roll = next();
	if (depth < 4 && roll < 0.3) {
		const members = Array.from(
			{ length: Math.floor(next() * 4) },
			() => `${space()}${pick(next, STRINGS)}${space()}:${space()}${randomJson(next, depth + 1)}${space()}`,
		);
		return `{${members.join(",") || space()}}`;
	}
	if (depth < 4 && roll < 0.5) {
		const elements = Array.from({ length: Math.floor(next() * 4) }, () => `${space()}${randomJson(next, depth + 1)}${space()}`);
		return `[${elements.join(",") || space()}]`;
	}
	return pick(next, [...STRINGS, ...NUMBERS, "true", "false", "null"]);
}

/** Everything rules can see of a tree: types, ranges, values and children, in order. */
function shape(node: SettingsNode | null): unknown {
	if (node === null) return null;
	switch (node.type) {
		case "Document":
			return [node.type, node.range, shape(node.body), node.laterBodies.map(shape)];
		case "Object":
			return [node.type, node.range, node.members.map(shape)];
		case "Member":
			return [node.type, node.range, shape(node.name), shape(node.value)];
		case "Array":
			return [node.type, node.range, node.elements.map(shape)];
		case "Alias":
			return [node.type, node.range, node.name];
		default:
			// Object.is tells -0 from 0.
			return [node.type, node.range, typeof node.value === "number" && Object.is(node.value, -0) ? "-0" : node.value, node.loc];
	}
}

function tree(text: string, syntax: "json" | "yaml") {
	const result = parseSettingsDocument(text, syntax);
	if (!result.ok) return result;
	const duplicates = result.duplicateKeys.map(({ key, first, object, sameCase }) => [key.range, first.range, object.range, sameCase]);
	return { ast: shape(result.ast), duplicates, comments: result.comments };
}

function both(text: string) {
	return { json: tree(text, "json"), yaml: tree(text, "yaml") };
}

describe("strict JSON is read without the yaml package, into the tree the yaml package gave", () => {
	it("on 3,000 random JSON texts: same nodes, ranges, locations, values and repeated keys; JSON the yaml package refused is read", () => {
		const next = random(20261205);
		let refusedByYaml = 0;
		for (let sample = 0; sample < 3_000; sample++) {
			const text = `${pick(next, SPACE)}${randomJson(next)}${pick(next, SPACE)}`;
			const { json, yaml } = both(text);
			if ("ok" in yaml) {
				// YAML refuses some strict JSON (a tab before a value at the start of a line): JSON.parse reads it, and so does miglint now.
				refusedByYaml++;
				expect(() => JSON.parse(text) as unknown, JSON.stringify(text)).not.toThrow();
				expect(json, JSON.stringify(text)).toHaveProperty("ast");
				continue;
			}
			expect(json, JSON.stringify(text)).toEqual(yaml);
		}
		expect(refusedByYaml).toBeLessThan(1_000);
	});

	it("on the repository's JSON settings fixtures", () => {
		const directory = new URL("../../../fixtures/contoso/settings/", import.meta.url);
		const files = ["domains.json", "tenant-federation.json", ...readdirSync(new URL("broken/", directory)).map((name) => `broken/${name}`)].filter((name) =>
			name.endsWith(".json"),
		);
		expect(files.length).toBeGreaterThan(4);
		for (const name of files) {
			const { json, yaml } = both(readFileSync(new URL(name, directory), "utf8").replace(/^\ufeff/u, ""));
			expect(json, name).toEqual(yaml);
		}
	});
});

describe("the settings tree of a large file", () => {
	it("is built from JSON and block YAML without the yaml package's syntax tree, which other YAML still needs", () => {
		const parse = vi.spyOn(Parser.prototype, "parse");
		try {
			parseSettingsDocument('{"Identity": "Global"}', "json");
			parseSettingsDocument("users:\n  - userPrincipalName: user.0@contoso.com # first\n    usageLocation: US\n    aliases: [user.0, u0]\n", "yaml");
			expect(parse).not.toHaveBeenCalled();
			// A block scalar or a scalar over several lines: the yaml package reads that entry alone.
			parseSettingsDocument("users:\n  - note: |\n      moved\n    name: two\n      lines\n  - name: one\n", "yaml");
			expect(parse.mock.calls.map(([text]) => text)).toEqual(["    note: |\n      moved\n", "    name: two\n      lines\n"]);
			parse.mockClear();
			parseSettingsDocument("Identity: &global Global\n", "yaml");
			expect(parse).toHaveBeenCalledTimes(1);
		} finally {
			parse.mockRestore();
		}
	});

	it("keeps no location objects in its nodes: a location is computed from the range when read", () => {
		for (const syntax of ["json", "yaml"] as const) {
			const result = parseSettingsDocument('{"Identity": "Global"}', syntax);
			if (!result.ok || result.ast.body?.type !== "Object") throw new Error("not an object");
			const [member] = result.ast.body.members;
			for (const node of [result.ast.body, member!, member!.name, member!.value]) {
				expect(Object.keys(node), syntax).not.toContain("loc");
			}
			expect(member!.value.loc, syntax).toEqual({ start: { line: 1, column: 13 }, end: { line: 1, column: 21 } });
		}
	});

	it("is traversed as ESLint takes the steps, none made before (a large file's steps would be two objects per node at once)", () => {
		const language = new SettingsLanguage();
		const file = { path: "a.json", physicalPath: "a.json", body: '{"a": [1]}' };
		const sourceCode = language.createSourceCode(file as never, language.parse(file as never) as never);
		const steps = sourceCode.traverse();
		expect(Array.isArray(steps)).toBe(false);
		expect([...steps].map((step) => `${step.phase === 1 ? "enter" : "exit"} ${(step.target as SettingsNode).type}`)).toEqual(
			["Document", "Object", "Member", "Key", "Key", "Array", "Number", "Number", "Array", "Member", "Object", "Document"].map(
				(type, index) => `${index < 4 || index === 5 || index === 6 ? "enter" : "exit"} ${type}`,
			),
		);
		const body = sourceCode.ast.body as ObjectNode;
		const array = body.members[0]!.value as ArrayNode;
		expect(sourceCode.getParent(array.elements[0]!)).toBe(array);
		expect(sourceCode.getParent(body)).toBe(sourceCode.ast);
	});
});
