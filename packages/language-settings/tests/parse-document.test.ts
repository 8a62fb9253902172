import { Alias } from "yaml";
import { describe, expect, it, vi } from "vitest";
import type { SettingsNode, MemberNode, ObjectNode, ValueNode } from "../src/ast.js";
import { parseSettingsDocument, syntaxOfFile, type DocumentParseResult } from "../src/parser/parse-document.js";

function parsed(text: string, syntax: "json" | "yaml"): Extract<DocumentParseResult, { ok: true }> {
	const result = parseSettingsDocument(text, syntax);
	if (!result.ok) throw new Error(`unexpected syntax error: ${result.message} at ${result.line}:${result.column}`);
	return result;
}

/** `line:column-line:column` of a node, columns from 0 as in the AST. */
function where(node: SettingsNode): string {
	const { start, end } = node.loc;
	return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

function rootObject(text: string, syntax: "json" | "yaml"): ObjectNode {
	const body = parsed(text, syntax).ast.body;
	if (body?.type !== "Object") throw new Error(`not an object: ${body?.type}`);
	return body;
}

function member(object: ObjectNode, name: string): MemberNode {
	return object.members.find((candidate) => candidate.name.value === name)!;
}

function error(text: string, syntax: "json" | "yaml") {
	const result = parseSettingsDocument(text, syntax);
	if (result.ok) throw new Error("expected a syntax error");
	return { message: result.message, at: `${result.line}:${result.column}` };
}

describe("parsing JSON and YAML into one AST", () => {
	it("locates every key and value of a JSON file, ranges agreeing with the text", () => {
		const text = '{\n\t"Identity": "Global",\n\t"Port": 993,\n\t"On": true,\n\t"Off": null,\n\t"List": ["a", {"b": false}]\n}\n';
		const object = rootObject(text, "json");
		expect(where(object)).toBe("1:0-7:1");
		const identity = member(object, "Identity");
		expect(where(identity)).toBe("2:1-2:21");
		expect(where(identity.name)).toBe("2:1-2:11");
		expect(text.slice(...identity.name.range)).toBe('"Identity"');
		expect(identity.value).toMatchObject({ type: "String", value: "Global" });
		expect(text.slice(...identity.value.range)).toBe('"Global"');
		expect(member(object, "Port").value).toMatchObject({ type: "Number", value: 993, loc: { start: { line: 3, column: 9 }, end: { line: 3, column: 12 } } });
		expect(member(object, "On").value).toMatchObject({ type: "Boolean", value: true });
		expect(member(object, "Off").value).toMatchObject({ type: "Null", value: null });
		const list = member(object, "List").value;
		expect(list.type).toBe("Array");
		const [first, second] = (list as { elements: ValueNode[] }).elements;
		expect(where(first!)).toBe("6:10-6:13");
		expect(where(second!)).toBe("6:15-6:27");
		expect(where((second as ObjectNode).members[0]!.name)).toBe("6:16-6:19");
	});

	it("locates keys and values of YAML, block and flow, with CRLF line breaks", () => {
		const text = "Name: IMAP\r\nServer:\r\n  Host: imap.contoso.com\r\n  Ports: [143, 993]\r\nEmpty:\r\nNotes: |\r\n  two\r\n  lines\r\n";
		const object = rootObject(text, "yaml");
		expect(where(member(object, "Name").value)).toBe("1:6-1:10");
		const server = member(object, "Server").value as ObjectNode;
		expect(where(server)).toBe("3:2-4:19");
		expect(where(member(server, "Host").name)).toBe("3:2-3:6");
		expect(where(member(server, "Host").value)).toBe("3:8-3:24");
		const ports = member(server, "Ports").value as { elements: ValueNode[] };
		expect(ports.elements.map(where)).toEqual(["4:10-4:13", "4:15-4:18"]);
		// A key without a value holds null, located just after its colon.
		const empty = member(object, "Empty").value;
		expect(empty.type).toBe("Null");
		expect(where(empty)).toBe("5:6-5:6");
		// A block scalar ends with its text, not with the line break after it.
		const notes = member(object, "Notes").value;
		expect(notes).toMatchObject({ type: "String", value: "two\nlines\n" });
		expect(where(notes)).toBe("6:7-8:7");
	});

	it("gives the document the whole text, for ESLint's offsets", () => {
		const { ast } = parsed("a: 1\n", "yaml");
		expect(ast.range).toEqual([0, 5]);
		expect(where(ast)).toBe("1:0-2:0");
	});

	it("reads YAML aliases as nodes that point to their anchor", () => {
		const object = rootObject("base: &b {k: 1}\ncopy: *b\n", "yaml");
		const alias = member(object, "copy").value;
		expect(alias).toMatchObject({ type: "Alias", name: "b" });
		expect(alias.type === "Alias" && alias.target).toBe(member(object, "base").value);
		expect(where(alias)).toBe("2:6-2:8");
	});

	it("finds each alias's anchor without walking the document again (10,000 aliases)", () => {
		// yaml's Alias.resolve walks the document up to the alias: once per alias, that is quadratic.
		const resolve = vi.spyOn(Alias.prototype, "resolve");
		try {
			const text = `base: &b {k: 1}\nbase: &b {k: 2}\n${Array.from({ length: 10_000 }, (_, index) => `k${index}: *b\n`).join("")}`;
			const object = rootObject(text, "yaml");
			expect(resolve).not.toHaveBeenCalled();
			// An anchor defined again stands for its latest node, as in YAML.
			expect(object.members.slice(2).every((copy) => copy.value.type === "Alias" && copy.value.target === object.members[1]!.value)).toBe(true);
		} finally {
			resolve.mockRestore();
		}
	});

	it("keeps the later documents of a YAML stream", () => {
		const { ast } = parsed("a: 1\n---\nb: 2\n", "yaml");
		expect(ast.body?.type).toBe("Object");
		expect(ast.laterBodies).toHaveLength(1);
		expect(where(ast.laterBodies[0]!)).toBe("3:0-3:4");
	});

	it("parses an empty YAML file to an empty document", () => {
		expect(parsed("", "yaml").ast.body).toBeNull();
		expect(parsed("# only a comment\n", "yaml").ast.body).toBeNull();
	});

	it("collects YAML comments with their text and place, and none for JSON", () => {
		const { comments } = parsed("# head\na: 1 # eslint-disable-line miglint/x\nb: [1, # inside\n  2]\n", "yaml");
		expect(comments.map((comment) => [comment.value, where(comment as never)])).toEqual([
			[" head", "1:0-1:6"],
			[" eslint-disable-line miglint/x", "2:5-2:36"],
			[" inside", "3:7-3:15"],
		]);
		expect(parsed('{"a": "# not a comment"}', "json").comments).toEqual([]);
	});

	it("collects repeated keys, and keys that differ only in letter case, without failing", () => {
		const { duplicateKeys } = parsed('{"a": 1, "A": 2, "a": 3, "b": {"b": 1, "b": 2}}', "json");
		expect(duplicateKeys.map(({ key, first, sameCase }) => [key.value, where(key), first.value, where(first), sameCase])).toEqual([
			["A", "1:9-1:12", "a", "1:1-1:4", false],
			["a", "1:17-1:20", "a", "1:1-1:4", true],
			["b", "1:39-1:42", "b", "1:31-1:34", true],
		]);
	});

	it("tells JSON files from YAML files by name", () => {
		expect(syntaxOfFile("settings/Federation.JSON")).toBe("json");
		expect(syntaxOfFile("settings/federation.yml")).toBe("yaml");
		expect(syntaxOfFile("<input>")).toBe("yaml");
	});
});

describe("syntax errors", () => {
	it("are located where YAML breaks, with 1-based columns", () => {
		expect(error("a: [1, 2\n", "yaml")).toEqual({ message: "Flow sequence in block collection must be sufficiently indented and end with a ]", at: "2:1" });
		expect(error("a: 1\n  b: 2\n", "yaml").at).toBe("1:4");
		expect(error("a: *nothing\n", "yaml")).toEqual({ message: "Unknown alias '*nothing': no anchor '&nothing' is defined before it", at: "1:4" });
	});

	it("reject in a .json file what only YAML allows, where it is", () => {
		expect(error('{\n  "a": 1, // why\n  "b": 2\n}', "json")).toEqual({ message: "Comments are not allowed in JSON", at: "2:11" });
		expect(error('{\n  "a": 1,\n}', "json")).toEqual({ message: "Trailing comma: JSON does not allow a comma before '}'", at: "2:9" });
		expect(error("[1, 2,]", "json").at).toBe("1:6");
		expect(error("{a: 1}", "json")).toEqual({ message: "Expected a property name in double quotes, found 'a'", at: "1:2" });
		expect(error("{'a': 1}", "json").message).toBe("Property names must be in double quotes in JSON, not single quotes");
		expect(error('{"a": contoso.com}', "json")).toEqual({
			message: "Unexpected 'contoso.com': a JSON value is a string in double quotes, a number, true, false, null, an object or an array",
			at: "1:7",
		});
		expect(error('{"a": True}', "json").message).toBe("Unexpected 'True': JSON writes true, false and null in lower case");
		expect(error('{"a": 01}', "json")).toEqual({ message: "Invalid number '01'", at: "1:7" });
		expect(error('{"a": "x\ty"}', "json")).toEqual({
			message: "Bad control character in a string: line breaks and tabs must be written \\n and \\t in JSON",
			at: "1:9",
		});
		expect(error('{"a": "\\x41"}', "json").message).toBe("Invalid escape sequence '\\x' in a string");
		expect(error('{"a": "open', "json")).toEqual({ message: "Unterminated string", at: "1:7" });
		expect(error('{"a" 1}', "json").message).toBe("Expected ':' after the property name, found '1'");
		expect(error('{"a": 1 "b": 2}', "json").message).toBe("Expected ',' or '}' after the property value, found '\"'");
		expect(error('{"a": 1}\n{"b": 2}', "json")).toEqual({ message: "Unexpected '{' after the end of the JSON value", at: "2:1" });
		expect(error("# comment\n{}", "json").message).toBe("Comments are not allowed in JSON ('#' starts a comment in YAML only)");
		expect(error('{"a": [1, 2', "json").message).toBe("Unexpected end of file: expected ',' or ']'");
	});

	it("count CRLF as one line break", () => {
		expect(error('{\r\n  "a": 1,\r\n}\r\n', "json").at).toBe("2:9");
	});

	it("make an empty .json file a syntax error, as it is for JSON readers", () => {
		expect(error("", "json")).toEqual({ message: "Unexpected end of file: a JSON file must hold a value (an empty object is {})", at: "1:1" });
		expect(error("  \n", "json").at).toBe("2:1");
	});

	it("accept every form of strict JSON", () => {
		const text = '{"s": "\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9", "n": [-0, 1.5e+3, 2E-2, 0.25], "e": {}, "l": [], "t": true, "f": false, "z": null}';
		expect(parseSettingsDocument(text, "json").ok).toBe(true);
		expect(parseSettingsDocument(`${"[".repeat(5000)}${"]".repeat(5000)}`.slice(0, 10), "json").ok).toBe(false);
	});
});
