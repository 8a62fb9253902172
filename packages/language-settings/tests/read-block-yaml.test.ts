import { readdirSync, readFileSync } from "node:fs";
import { LineIndex, lineStartsOf } from "@miglint/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CommentNode, DuplicateKey, SettingsNode } from "../src/ast.js";
import { readBlockYaml } from "@miglint/core";
import { BlockNodes } from "../src/parser/block-nodes.js";
import { readYamlDocuments } from "../src/parser/read-yaml-documents.js";
import { YamlNodes } from "../src/parser/yaml-nodes.js";

/** A node as rules see it, with its location, children and the anchor an alias stands for. */
function plain(node: SettingsNode | null): unknown {
	if (!node) return null;
	const { type, range, loc } = node;
	switch (node.type) {
		case "Object":
			return { type, range, loc, members: node.members.map(plain) };
		case "Array":
			return { type, range, loc, elements: node.elements.map(plain) };
		case "Member":
			return { type, range, loc, name: plain(node.name), value: plain(node.value) };
		case "Alias":
			return { type, range, loc, name: node.name, target: node.target?.range };
		case "Document":
			return null;
		default:
			return { type, range, loc, value: node.value };
	}
}

const located = ({ value, range, loc }: CommentNode) => ({ value, range, loc });
const repeated = ({ key, first, object, sameCase }: DuplicateKey) => ({ key: key.range, first: first.range, object: object.range, sameCase });

/** What each reader makes of a text: the block reader's tree (null where it leaves the text), and the yaml package's. */
function both(text: string) {
	const lines = new LineIndex(lineStartsOf(text), 0);
	const blockNodes = new BlockNodes(text, lines);
	const body = readBlockYaml(text, blockNodes);
	const nodes = new YamlNodes(text, lines);
	const documents = readYamlDocuments(text, lines, nodes);
	return {
		block: body && { bodies: [plain(body)], comments: blockNodes.comments.map(located), duplicateKeys: blockNodes.duplicateKeys.map(repeated) },
		yaml:
			"message" in documents
				? documents
				: { bodies: documents.bodies.map(plain), comments: documents.comments.map(located), duplicateKeys: nodes.duplicateKeys.map(repeated) },
	};
}

/** The block reader reads the text, and agrees with the yaml package. */
function expectRead(text: string): void {
	const { block, yaml } = both(text);
	expect(block, JSON.stringify(text)).not.toBeNull();
	expect(block, JSON.stringify(text)).toEqual(yaml);
}

/** A block collection to lay out: a mapping's entries or a sequence's items, with the indentation of what they hold. */
type Block = string | { entries: [string, Block][]; step: number } | { items: Block[]; step: number; compact: boolean };

/** A value's lines: block scalars and scalars over several lines (`two lines`) go on below the entry, `indent` further. */
function scalarLines(scalar: string, indent: number): string[] {
	const pad = " ".repeat(indent);
	if (scalar === "two lines") return [" two", `${pad}lines`, "", `${pad}folded`];
	if (/^[|>]/u.test(scalar)) return [` ${scalar}`, `${pad}text`, "", `${pad}  more`, ""];
	return [scalar === "" ? "" : ` ${scalar}`];
}

/** The lines of a block collection at `indent`: nested collections `step` further (a sequence in a mapping may stay at its indentation). */
function layout(block: Block, indent: number, comments: boolean): string[] {
	const pad = " ".repeat(indent);
	const lines = comments ? [`${pad}# before`, ""] : [];
	if (typeof block === "string") throw new Error("a scalar is not laid out alone");
	if ("entries" in block) {
		for (const [key, value] of block.entries) {
			if (typeof value === "string") {
				const [first, ...rest] = scalarLines(value, indent + block.step);
				lines.push(`${pad}${key}:${first}`, ...rest);
			} else
				lines.push(
					`${pad}${key}:${comments ? " # after" : ""}`,
					...layout(value, "items" in value && value.step === 0 ? indent : indent + block.step, comments),
				);
		}
	} else {
		for (const item of block.items) {
			if (typeof item === "string") {
				const [first, ...rest] = scalarLines(item, indent + Math.max(block.step, 1));
				lines.push(`${pad}-${first}`, ...rest);
			} else if (block.compact && "entries" in item) {
				const [first, ...rest] = layout(item, indent + 1 + Math.max(block.step, 1), false);
				lines.push(`${pad}-${first!.slice(indent + 1)}`, ...rest);
			} else lines.push(`${pad}-`, ...layout(item, indent + Math.max(block.step, 1), comments));
		}
	}
	return lines;
}

describe("the block YAML reader", () => {
	it("reads block mappings and sequences of scalars as the yaml package does, with comments and repeated keys", () => {
		for (const text of [
			"users:\n  - userPrincipalName: user.0@contoso.com\n    usageLocation: US\n    department: Department 0\n",
			"a: 1\nb: -5\nc: 0x1F\nd: 0o17\ne: 1e3\nf: .inf\ng: -.Inf\nh: .NaN\ni: 1.50\nj: ~\nk: null\nl: True\nm: FALSE\nn: yes\no: 007\np: +12\nq: -0\n",
			"a:\nb:   \nc: # why\n  d: 1\ne:\n- x\n-\n- - \n".replace("- - \n", "- y\n"),
			"Name: IMAP\r\nServer:\r\n  Host: imap.contoso.com   \r\n  # a comment\r\n\r\n  Port: 993 # secure\r\nEmpty:\r\n",
			"- a\n-   b: 1\n    c: 2\n-\n  d: 3\n- e:\n  - f\n  g: h\n",
			"  indented: 1\n  again: 2\n",
			"'single': 'it''s'\n\"double\": \"tab\\there \\\"q\\\" \\\\ \\/ \\x41 \\u00e9 \\N\\_\\L\\P\\0\\a\\b\\e\\f\\v\\ \"\n'': \"\"\n",
			"key with spaces: value with spaces\na:b: c:d\n-x: a[0] {b} ,c\nk#: v#w\n<<: merge\na  : 1\nA: 2\na: 3\n",
			"list:\n- a # one\n- 'b' # two\n- \"c\"\nnext: 1\n",
			"# head\n\n   # indented comment\nroot:\n  child:\n    leaf: 1\n  # between\n  other: 2\n# tail",
			"a: x # c\nb: 'y' # c\nc: \"z\"   # c\n",
			"---x: 1\n...y: 2\n",
			"é: ü\n😀: 🎉\n",
			"a: []\nb: [ ]  # c\nc: {}\nd:\n- []\n- {  }\n",
			"onPremises: [contoso.com, fabrikam.com]\nb: [ 1 ,-5,0x10 , 'it''s', \"q\\tx\" ]  # c\nc:\n- [~, null, a b, a-b.c]\n- [True]\n",
			"rule: [error, { max: 1000 }]\nother: [warn, {a: 1, 'b' : \"x y\", c: ~}, {}]\ntable: {k: v, K: w, k: again}\nlist:\n- {a: 1}\n- [{}]\n",
			"cert: |-\n  -----BEGIN CERTIFICATE-----\n  MIIB\n\n  # not a comment\nnext: >\n  folded\n  text\n\n\nkeep: |+ # kept\n  x\n\n",
			"- long plain\n  folded onto\n\n  two lines # c\n- k: one\n    more\n  j: 'quoted'\n- |2\n    indented\n- 1\n  2\n",
			"a: b\n    # a comment under a value\nc: d\n",
			"# head\n--- # start\n\nsettings: 1\n",
			"---\r\n- 1\r\n",
		]) {
			expectRead(text);
		}
	});

	it("leaves to the yaml package what it does not read", () => {
		for (const text of [
			"",
			"# only a comment\n",
			"plain scalar\n",
			"a: 1\n---\nb: 2\n",
			"---\n---\na: 1\n",
			"--- a: 1\n",
			"a: 1\n...\n",
			"%YAML 1.2\n---\na: 1\n",
			"a: [] x\n",
			"a: [1, 2,]\n",
			"a: [1,\n  2]\n",
			"a: [[1]]\n",
			"a: [b: 1]\n",
			"a: [b:c]\n",
			"a: [b #c]\n",
			"a: [-]\n",
			"a: [, b]\n",
			"a: [b, , c]\n",
			"a: [b]c\n",
			"a: [b]#c\n",
			"a: ['b' c]\n",
			"a: {b}\n",
			"a: {b: {c: 1}}\n",
			"a: {b: [1]}\n",
			"a: {b:1}\n",
			"a: {b: }\n",
			"a: {b: 1,}\n",
			"a: {b: c: d}\n",
			"a: [{b: 1}\n",
			"[]: 1\n",
			"a: &x 1\nb: *x\n",
			"a: !!str 1\n",
			"a: 'two\n  lines'\n",
			"a: b\n  c: d\n",
			"a: &x |\n  text\n",
			"a: |\n  text\n  # inside\n b: 1\n",
			"? complex\n: key\n",
			"- - nested\n",
			"a:\tb\n",
			"a: b\rc: d\n",
			"a: b: c\n",
			"a: 'x'#c\n",
			'a: "\\U0001F600"\n',
			'a: "\\q"\n',
			"a: 1\n b: 2\n",
			"- a\nb: 1\n",
			"a:\n  - x\n - y\n",
			`${"k".repeat(1001)}: v\n`,
			`${Array.from({ length: 70 }, (_, depth) => `${"  ".repeat(depth)}k:`).join("\n")}\n`,
		]) {
			expect(both(text).block, JSON.stringify(text)).toBeNull();
		}
	});

	it("agrees with the yaml package on every text it reads, and reads none the yaml package finds wrong", () => {
		const keys = ["a", "A", "key", "Key With Spaces", "'quoted'", '"dq"', "a:b", "-x", "k#", "<<", "?", "&a k", "[k]", "1", "a #b"];
		const values = ["", " ", "[]", "{ }", "x", "x  ", "1", "-5", "0x1F", "1e3", ".inf", "~", "null", "True", "'it''s'", '"a\\tb\\u00e9"', '"\\z"', "'open"];
		const lists = [
			"{a: 1}",
			"{ max: 1000 , 'b': x }",
			"[error, {max: 1000}]",
			"[{a: 1}, {}, x]",
			"{a:1}",
			"{a: }",
			"{a: 1,}",
			"{a: b: c}",
			"{a: 1, A: 2, a: 3}",
			"{a: [1]}",
			"{a}",
			"{-: 1, -x: -5}",
			"{a #b: 1}",
			"[a, 'b' , \"c\"]",
			"[ 1,-5 ,~ ]",
			"[x, y,]",
			"[a:b]",
			"[a b, -]",
			"[a#b]",
			"[a, [b]]",
			"[?a, !b, *c, &d e]",
			'[a,"b"c]',
		];
		const rest = [...values, ...lists, "{a: 1}", "&a x", "*a", "!t x", "|", "b: c", "x #y", "x#y", "a[0]", "- x", ":"];
		const line = fc.oneof(
			fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...rest)).map(([key, value]) => `${key}:${value === "" ? "" : ` ${value}`}`),
			fc.constantFrom(...rest).map((value) => `-${value === "" ? "" : ` ${value}`}`),
			fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...values, ...lists)).map(([key, value]) => `- ${key}: ${value}`),
			fc.constantFrom("", "# comment", "---", "...", "plain", "- - x"),
		);
		const document = fc.tuple(
			fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), line), { minLength: 1, maxLength: 10 }),
			fc.constantFrom("\n", "\r\n"),
			fc.boolean(),
		);
		fc.assert(
			fc.property(document, ([lines, lineBreak, finalBreak]) => {
				const text = lines.map(([indent, content]) => `${" ".repeat(indent)}${content}`).join(lineBreak) + (finalBreak ? lineBreak : "");
				const { block, yaml } = both(text);
				if (block) expect(block, JSON.stringify(text)).toEqual(yaml);
			}),
			{ numRuns: 2000, seed: 18 },
		);
	});

	it("reads nested block collections in every layout as the yaml package does", () => {
		const scalars = [
			"|",
			">-",
			"|+",
			"two lines",
			"",
			"[]",
			"{}",
			"[a, 'b', 1 ]",
			"x",
			"Value With Spaces  ",
			"1",
			"-5",
			"1.5",
			"~",
			"true",
			"'it''s'",
			'"a\\b"',
			"x # note",
		];
		const { node } = fc.letrec<{ node: Block }>((tie) => ({
			node: fc.oneof(
				{ depthSize: "small", withCrossShrink: true },
				fc.constantFrom(...scalars),
				fc.record({
					entries: fc.array(fc.tuple(fc.constantFrom("a", "B", "a b", "'q'"), tie("node")), { minLength: 1, maxLength: 4 }),
					step: fc.integer({ min: 1, max: 3 }),
				}),
				fc.record({ items: fc.array(tie("node"), { minLength: 1, maxLength: 4 }), step: fc.integer({ min: 0, max: 3 }), compact: fc.boolean() }),
			),
		}));
		const collection = node.filter((block) => typeof block !== "string");
		fc.assert(
			fc.property(collection, fc.constantFrom("\n", "\r\n"), fc.boolean(), (block, lineBreak, comments) => {
				const text = layout(block, 0, comments).join(lineBreak);
				expectRead(text);
			}),
			{ numRuns: 500, seed: 18 },
		);
	});

	it("reads every YAML settings file of the fixtures, as the yaml package does", () => {
		const directory = new URL("../../../fixtures/contoso/settings/", import.meta.url);
		const files = ["dns-records.yaml", ...readdirSync(new URL("broken/", directory)).map((name) => `broken/${name}`)].filter((name) => name.endsWith(".yaml"));
		expect(files.length).toBeGreaterThan(4);
		for (const name of files) {
			expectRead(readFileSync(new URL(name, directory), "utf8").replace(/^\ufeff/u, ""));
		}
	});
});
