import { defineRule, ruleDocsUrl } from "@miglint/core";
import { expressionOf, type PowerShellRuleDefinition } from "@miglint/language-powershell";
import type { AssignmentStatement, Expression, Node, Parameter, Statement, StringConstant } from "@miglint/powershell-parser";
import { switchState } from "../utils/cmdlet-usage.js";
import { stringLiteralOf, type StringLiteral } from "../utils/command-arguments.js";

type MessageIds = "convertPlainText" | "secretParameter" | "credentialString" | "secretVariable";

/** Parameters that take a secret (by the documented or the written name). */
const SECRET_PARAMETERS = new Set(["password", "accesstoken", "accesstokens"]);
const CREDENTIAL_PARAMETERS = new Set(["credential", "credentials"]);

/** Words that make a variable name a secret's when they end it (`$adminPassword`, `$clientSecret`). */
const SECRET_WORDS = new Set([
	"password",
	"passwd",
	"passphrase",
	"pwd",
	"secret",
	"apikey",
	"accesstoken",
	"authtoken",
	"apitoken",
	"bearertoken",
	"refreshtoken",
	"sastoken",
	"accesskey",
	"secretkey",
	"privatekey",
	"accountkey",
	"subscriptionkey",
	"clientsecret",
]);
/** Pairs of words that name a secret together (`$api_key`, `$accessToken`). */
const SECRET_PAIRS = new Set([
	"api key",
	"access token",
	"auth token",
	"api token",
	"bearer token",
	"refresh token",
	"sas token",
	"access key",
	"secret key",
	"private key",
	"account key",
	"subscription key",
	"client secret",
]);
/** Words that may follow the secret word without changing what the variable holds (`$passwordText`, `$Password1`). */
const NEUTRAL_SUFFIXES = new Set(["value", "text", "string", "str", "plain", "plaintext", "clear", "cleartext", "raw"]);

/** The words of a variable name: camelCase, PascalCase, snake_case, kebab-case; scope prefix and digits dropped. */
function wordsOf(name: string): string[] {
	return name
		.replace(/^[A-Za-z]+:/u, "")
		.replace(/([a-z])([A-Z])/gu, "$1 $2")
		.replace(/([A-Z]+)([A-Z][a-z])/gu, "$1 $2")
		.split(/[^A-Za-z]+/u)
		.filter((word) => word.length > 0)
		.map((word) => word.toLowerCase());
}

/** Whether a variable of that name holds a secret, by its last words. */
export function isSecretName(name: string): boolean {
	const words = wordsOf(name);
	while (words.length > 1 && NEUTRAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
	const last = words[words.length - 1];
	if (last === undefined) return false;
	// `$pwd` alone is PowerShell's automatic variable for the current location.
	if (last === "pwd") return words.length > 1;
	if (SECRET_WORDS.has(last)) return true;
	return words.length > 1 && SECRET_PAIRS.has(`${words[words.length - 2]} ${last}`);
}

const BOOLEAN_WORDS = /^(?:\$?true|\$?false|yes|no|on|off|null|none|n\/a)$/iu;
const PLACEHOLDER_WORDS =
	/\b(?:your|placeholder|replace|changeme|change[\s_-]?me|todo|tbd|fixme|redacted|example|dummy|sample|enter|insert|here)\b|^(?:password|secret|pwd|pass)$/iu;

/** What a placeholder stands for, as written into it: `dummypassword`, `yourpassword`, `passwordhere`. */
const SECRET_NOUNS = "pass(?:word|wd)?|pwd|secret|key|token";
/** A placeholder word run into the word for the secret without a break (the camelCase and snake_case spellings are words already). */
const FUSED_PLACEHOLDER = new RegExp(
	`^(?:your|dummy|fake|sample|example|placeholder|enter|insert|replace)(?:${SECRET_NOUNS})$|^(?:${SECRET_NOUNS})(?:here|placeholder)$`,
	"iu",
);

/**
 * Keys Microsoft publishes for everyone to use: the Azure Storage emulator's (Azurite's) development account key
 * (https://learn.microsoft.com/azure/storage/common/storage-use-azurite#well-known-storage-account-and-key).
 */
const PUBLISHED_KEYS = new Set(["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="]);

/** Letters and digits only, in lower case: `Client_Secret` and `clientsecret` spell the same name. */
const spelling = (text: string) =>
	text
		.replace(/^[A-Za-z]+:/u, "")
		.replace(/[^A-Za-z0-9]/gu, "")
		.toLowerCase();

/**
 * A value that is not a secret: empty, a placeholder (`<password>`, `xxxx`,
 * `YOUR_SECRET_HERE`, `yourPassword`, `dummypassword`), a boolean word, the name of what
 * holds it (`$ClientSecret = "clientsecret"`, a template left unfilled), or a
 * key Microsoft publishes (the storage emulator's).
 */
export function isPlaceholder(value: string, names: readonly string[] = []): boolean {
	const text = value.trim();
	if (text.length === 0 || PUBLISHED_KEYS.has(text)) return true;
	if (/^[<{[(%].*[>}\])%]$/su.test(text)) return true;
	if (/^[x*.?#_\-\s]+$/iu.test(text)) return true;
	if (BOOLEAN_WORDS.test(text)) return true;
	if (names.some((name) => spelling(name) === spelling(text))) return true;
	if (FUSED_PLACEHOLDER.test(text)) return true;
	// camelCase and snake_case words count as words: `yourPassword`, `YOUR_SECRET`.
	return PLACEHOLDER_WORDS.test(text.replace(/_/gu, " ").replace(/([a-z])([A-Z])/gu, "$1 $2"));
}

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		languages: ["miglint/powershell"],
		docs: {
			description: "Disallow passwords, secrets and credentials written in plain text in scripts",
			recommended: "warn",
			url: ruleDocsUrl("rules/powershell", "ps-plaintext-secret"),
			constraints: ["PS-CR-001"],
		},
		schema: [],
		messages: {
			convertPlainText:
				"ConvertTo-SecureString -AsPlainText is given a {{what}}, readable by anyone who reads the script; get the secret with Get-Credential instead.",
			secretParameter:
				"-{{parameter}} is given a {{what}}, readable by anyone who reads the script; read it at run time (Get-Credential, a secret store) instead.",
			credentialString: "-{{parameter}} is given a {{what}}, not a PSCredential; store the result of Get-Credential in a variable and pass that.",
			secretVariable:
				"${{name}} is assigned a string literal, a secret anyone who reads the script can read; read it at run time (Get-Credential, a secret store).",
		},
	},

	create(context) {
		const { sourceCode } = context;
		/** Literals already reported, so that a secret is reported once, where it is written. */
		const reported = new Set<StringConstant>();

		const what = (literal: StringLiteral) => (literal.via ? `variable holding a string literal (line ${literal.literal.loc.start.line})` : "string literal");

		/** Reports a literal unless it is a placeholder, directly or through the variable that holds it (`names`: what it is passed to or assigned to). */
		const reportValue = (node: Node, literal: StringLiteral, messageId: MessageIds, data: Record<string, string> = {}, names: string[] = []) => {
			if (reported.has(literal.literal) || isPlaceholder(literal.value, literal.via ? [...names, literal.via.name] : names)) return;
			reported.add(literal.literal);
			context.report({ node, messageId, data: { ...data, what: what(literal) } });
		};

		/** `$adminPassword = 'literal'` (also `[string]$adminPassword = ...` and a parameter's default value). */
		const checkAssigned = (target: Expression, value: Statement | Expression | null) => {
			const variable = target.type === "ConvertExpression" ? target.expression : target;
			const assigned = expressionOf(value);
			if (variable.type !== "Variable" || variable.splatted || !isSecretName(variable.name) || assigned?.type !== "StringConstant") return;
			// A here-string or a multi-line string is a text or a script, unless it is a PEM private key.
			const text = assigned.stringKind.endsWith("HereString") || /[\r\n]/u.test(assigned.value.trim());
			if (text && !/-----BEGIN [A-Z ]*PRIVATE KEY-----/u.test(assigned.value)) return;
			reportValue(assigned, { literal: assigned, value: assigned.value, via: null }, "secretVariable", { name: variable.name }, [variable.name]);
		};

		return {
			AssignmentStatement(node: AssignmentStatement) {
				if (node.operator === "=" || node.operator === "??=") checkAssigned(node.left, node.right);
			},
			Parameter(node: Parameter) {
				checkAssigned(node.name, node.defaultValue);
			},
			"Program:exit"() {
				for (const command of sourceCode.commands) {
					if (command.is("ConvertTo-SecureString")) {
						const plain = command.parameter("AsPlainText");
						if (!plain || switchState(plain) !== true) continue;
						const input = command.parameter("String");
						const piped = command.pipedFrom?.type === "CommandExpression" ? command.pipedFrom.expression : null;
						const value = input?.value ?? piped;
						const literal = value && stringLiteralOf(sourceCode, value);
						if (value && literal) reportValue(value, literal, "convertPlainText");
						continue;
					}
					for (const parameter of command.parameters) {
						if (parameter.source === "positional" || parameter.value === null) continue;
						const name = parameter.name.toLowerCase();
						const credential = CREDENTIAL_PARAMETERS.has(name);
						if (!credential && !SECRET_PARAMETERS.has(name)) continue;
						const literal = stringLiteralOf(sourceCode, parameter.value);
						if (!literal) continue;
						const value = expressionOf(parameter.value) ?? parameter.value;
						reportValue(value, literal, credential ? "credentialString" : "secretParameter", { parameter: parameter.name }, [parameter.name]);
					}
				}
			},
		};
	},
};

export default defineRule(rule);
