import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { readScript, scriptFiles } from "../../oracle/src/corpus-files.js";

/** A PowerShell script or snippet found in the repository, with where it comes from. */
export interface RepositoryScript {
	source: string;
	text: string;
}

const repository = resolve(fileURLToPath(import.meta.url), "../../../../..");

/** Every .ps1/.psm1 file under fixtures/. */
export function fixtureScripts(): RepositoryScript[] {
	const root = join(repository, "fixtures");
	return [...scriptFiles(root)].map((path) => ({ source: relative(repository, path), text: readScript(path) }));
}

/** The `code` of every RuleTester case in rules/powershell/tests, read from the source without running the rules. */
export function ruleTestSnippets(): RepositoryScript[] {
	const snippets: RepositoryScript[] = [];
	for (const path of filesUnder(join(repository, "rules/powershell/tests"), ".test.ts")) {
		const sourceFile = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
		const visit = (node: ts.Node): void => {
			if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "run") {
				const cases = node.arguments[2];
				if (cases !== undefined && ts.isObjectLiteralExpression(cases)) {
					for (const code of caseCodes(cases))
						snippets.push({ source: `${relative(repository, path)}:${sourceFile.getLineAndCharacterOfPosition(code.pos).line + 1}`, text: code.text });
				}
			}
			ts.forEachChild(node, visit);
		};
		visit(sourceFile);
	}
	return snippets;
}

/** The code of each case in `{ valid: [...], invalid: [...] }`: a string, or an object's `code`, when it is a literal. */
function caseCodes(cases: ts.ObjectLiteralExpression): { text: string; pos: number }[] {
	const codes: { text: string; pos: number }[] = [];
	for (const property of cases.properties) {
		if (!ts.isPropertyAssignment(property) || !ts.isArrayLiteralExpression(property.initializer)) continue;
		for (const element of property.initializer.elements) {
			const code = ts.isObjectLiteralExpression(element) ? codeProperty(element) : element;
			const text = code === undefined ? null : literalText(code);
			if (text !== null) codes.push({ text, pos: element.getStart() });
		}
	}
	return codes;
}

function codeProperty(object: ts.ObjectLiteralExpression): ts.Expression | undefined {
	for (const property of object.properties) {
		if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === "code") return property.initializer;
	}
	return undefined;
}

/** The value of a string literal, a template without substitutions, or a `+` of those; null for anything computed. */
function literalText(node: ts.Expression): string | null {
	if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
	if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
	if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
		const left = literalText(node.left);
		const right = literalText(node.right);
		return left === null || right === null ? null : left + right;
	}
	return null;
}

/** The body of every `powershell` fence in the rule documentation pages. */
export function docSnippets(): RepositoryScript[] {
	const snippets: RepositoryScript[] = [];
	for (const path of filesUnder(join(repository, "rules"), ".md")) {
		if (!path.includes("/docs/")) continue;
		const lines = readFileSync(path, "utf8").split(/\r?\n/);
		for (let start = 0; start < lines.length; start++) {
			if (lines[start]!.trim() !== "```powershell") continue;
			const end = lines.indexOf("```", start + 1);
			if (end < 0) break;
			snippets.push({ source: `${relative(repository, path)}:${start + 1}`, text: lines.slice(start + 1, end).join("\n") });
			start = end;
		}
	}
	return snippets;
}

function filesUnder(dir: string, suffix: string): string[] {
	const files: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (entry.name !== "node_modules" && entry.name !== "dist") files.push(...filesUnder(path, suffix));
		} else if (entry.name.endsWith(suffix)) files.push(path);
	}
	return files.sort();
}
