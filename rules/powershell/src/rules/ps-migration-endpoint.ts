import { defineRule, ruleDocsUrl } from "@miglint/core";
import type { BoundParameter, PowerShellCommand, PowerShellRuleDefinition } from "@miglint/language-powershell";
import { byteValueOf } from "../utils/byte-values.js";
import { stringLiteralsOf } from "../utils/command-arguments.js";
import { constantString, isTrue, parameterNameNode } from "../utils/cmdlet-usage.js";

type MessageIds = "unknownSecurity" | "portSecurityMismatch" | "crossTenantApplicationId" | "remoteTenantDomain" | "keyFileNotBytes" | "relationshipDomainName";

const SECURITY_VALUES = ["None", "Ssl", "Tls"];

/**
 * The security each usual IMAP port takes: 993 is IMAP over SSL from the
 * first byte; 143 is plain IMAP, which TLS (STARTTLS) upgrades.
 */
const SECURITY_OF_PORT: Readonly<Record<number, readonly string[]>> = { 993: ["ssl"], 143: ["none", "tls"] };

/** A tenant's initial domain in each Microsoft cloud, or its tenant ID. */
const TENANT_NAME =
	/^([a-z0-9-]+\.onmicrosoft\.(com|us|de)|[a-z0-9-]+\.partner\.onmschina\.cn|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/iu;

/** A tenant ID: a GUID, with or without braces. */
const TENANT_ID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/iu;

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		languages: ["miglint/powershell"],
		docs: {
			description:
				"Require IMAP migration endpoints to pair the port with its security, Gmail endpoints to get the key file's bytes, and cross-tenant endpoints and organization relationships to have the documented shape",
			recommended: "error",
			url: ruleDocsUrl("rules/powershell", "ps-migration-endpoint"),
			constraints: ["PS-EP-002", "PS-EP-006", "CSV-GWS-004", "CSV-XT-002"],
		},
		schema: [],
		messages: {
			unknownSecurity: "-Security is '{{value}}', but it takes None, Ssl or Tls; write the one the IMAP server uses on this port.",
			portSecurityMismatch:
				"Port {{port}} does not go with -Security {{security}}: port 993 takes Ssl, port 143 takes None or Tls; change the port or the security.",
			crossTenantApplicationId:
				"A cross-tenant endpoint (-RemoteTenant) signs in as the migration application; add -ApplicationId with its ID and its secret in -Credentials.",
			keyFileNotBytes:
				"-ServiceAccountKeyFileData is given {{what}}, but it takes the bytes of the JSON key file; pass [System.IO.File]::ReadAllBytes('<full path>').",
			remoteTenantDomain: "-RemoteTenant is '{{value}}', but it takes the source tenant's initial domain, such as 'fabrikam.onmicrosoft.com'.",
			relationshipDomainName:
				"-DomainNames is '{{value}}', but a cross-tenant relationship (-MailboxMoveCapability) takes the other tenant's ID, a GUID, not a domain name.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		/** The port and the security of an IMAP endpoint, or of a test of an IMAP server, when both are constants. */
		function checkImapSecurity(command: PowerShellCommand): void {
			const security = command.parameter("Security");
			const securityValue = constantString(security);
			if (!security || securityValue === null) return;
			if (!SECURITY_VALUES.some((value) => value.toLowerCase() === securityValue.trim().toLowerCase())) {
				context.report({ node: valueNode(security), messageId: "unknownSecurity", data: { value: securityValue } });
				return;
			}
			const port = command.parameter("Port");
			const portValue = Number(port?.constant?.value ?? Number.NaN);
			const expected = SECURITY_OF_PORT[portValue];
			if (port && expected && !expected.includes(securityValue.trim().toLowerCase())) {
				context.report({ node: valueNode(security), messageId: "portSecurityMismatch", data: { port: String(portValue), security: securityValue } });
			}
		}

		/** The Google service account's key: the JSON key file read as bytes, like -CSVData. */
		function checkKeyFileData(command: PowerShellCommand): void {
			const keyFile = command.parameter("ServiceAccountKeyFileData");
			const found = keyFile && byteValueOf(sourceCode, keyFile.value);
			if (!keyFile || !found || found.kind === "bytes") return;
			const what = found.kind === "path" ? `the path ${found.text}` : found.kind === "objects" ? "objects" : `text (${found.how})`;
			context.report({ node: valueNode(keyFile), messageId: "keyFileNotBytes", data: { what } });
		}

		/** A new cross-tenant endpoint needs its application; Set-MigrationEndpoint may change the tenant alone. */
		function checkCrossTenant(command: PowerShellCommand, isNew: boolean): void {
			const tenant = command.parameter("RemoteTenant");
			if (!tenant) return;
			if (isNew && !command.parameter("ApplicationId") && !command.splats.some((splat) => splat.hashtable === null)) {
				context.report({ node: parameterNameNode(tenant), messageId: "crossTenantApplicationId" });
			}
			const name = constantString(tenant);
			if (name !== null && !TENANT_NAME.test(name.trim())) {
				context.report({ node: valueNode(tenant), messageId: "remoteTenantDomain", data: { value: name } });
			}
		}

		/**
		 * A relationship for cross-tenant mailbox moves names the other tenant
		 * by its tenant ID; an ordinary federation relationship (without
		 * -MailboxMoveCapability) names domains.
		 */
		function checkRelationshipTenant(command: PowerShellCommand): void {
			if (!command.parameter("MailboxMoveCapability")) return;
			for (const { literal, value } of stringLiteralsOf(sourceCode, command.parameter("DomainNames")?.value ?? null)) {
				if (!TENANT_ID.test(value.trim())) context.report({ node: literal, messageId: "relationshipDomainName", data: { value } });
			}
		}

		return {
			Program() {
				for (const command of sourceCode.commands) {
					const isEndpoint = command.is("New-MigrationEndpoint");
					if (isEndpoint || command.is("Test-MigrationServerAvailability")) {
						if (isTrue(command.parameter("IMAP"))) checkImapSecurity(command);
						if (isTrue(command.parameter("Gmail"))) checkKeyFileData(command);
					}
					if (isEndpoint || command.is("Set-MigrationEndpoint")) checkCrossTenant(command, isEndpoint);
					if (command.is("New-OrganizationRelationship") || command.is("Set-OrganizationRelationship")) checkRelationshipTenant(command);
				}
			},
		};
	},
};

/** Where a parameter's value is written, or its name when the value is not. */
function valueNode(parameter: BoundParameter) {
	return parameter.value ?? parameterNameNode(parameter);
}

export default defineRule(rule);
