import { boolean, hostName, oneOf, REMOTING_PROPERTIES, settingsShape, string, type JsonSchema } from "./schema-parts.js";

/** Unlimited<int>: a count, or "Unlimited"; exports write it as text. */
const unlimited: JsonSchema = {
	anyOf: [
		{ type: ["integer", "null"], minimum: 0 },
		{ type: "string", pattern: "^(?:[0-9]+|[Uu][Nn][Ll][Ii][Mm][Ii][Tt][Ee][Dd])$" },
	],
	title: 'a whole number or "Unlimited"',
};

/**
 * A migration endpoint: `Get-MigrationEndpoint | ConvertTo-Json`, or settings
 * written by hand with the parameters of New-MigrationEndpoint (the parameter
 * set's switch, such as IMAP or ExchangeRemoteMove, as true).
 */
export const migrationEndpoint = settingsShape({
	name: "migration-endpoint",
	title: "migration endpoint",
	description: "The parameters of New-MigrationEndpoint and the properties Get-MigrationEndpoint returns.",
	sources: [
		"https://learn.microsoft.com/powershell/module/exchangepowershell/new-migrationendpoint",
		"https://learn.microsoft.com/powershell/module/exchangepowershell/get-migrationendpoint",
	],
	properties: {
		Name: string,
		Identity: string,
		EndpointType: oneOf(
			"ExchangeOutlookAnywhere",
			"ExchangeRemoteMove",
			"IMAP",
			"PSTImport",
			"PublicFolder",
			"PublicFolderToUnifiedGroup",
			"Gmail",
			"Compliance",
		),
		Autodiscover: boolean,
		ExchangeOutlookAnywhere: boolean,
		ExchangeRemoteMove: boolean,
		IMAP: boolean,
		PSTImport: boolean,
		Gmail: boolean,
		PublicFolder: boolean,
		PublicFolderToUnifiedGroup: boolean,
		Compliance: boolean,
		RemoteServer: hostName,
		Port: { type: ["integer", "null"], minimum: 1, maximum: 65535, title: "a port number from 1 to 65535" },
		Security: oneOf("None", "Ssl", "Tls"),
		Authentication: oneOf("Basic", "Ntlm"),
		AcceptUntrustedCertificates: boolean,
		Credentials: { type: ["string", "object", "null"] },
		Username: string,
		EmailAddress: string,
		ExchangeServer: string,
		RpcProxyServer: hostName,
		NspiServer: string,
		UseAutoDiscover: boolean,
		MailboxPermission: oneOf("Admin", "FullAccess"),
		SourceMailboxLegacyDN: string,
		PublicFolderDatabaseServerLegacyDN: string,
		TestMailbox: string,
		MaxConcurrentMigrations: unlimited,
		MaxConcurrentIncrementalSyncs: unlimited,
		ApplicationId: string,
		AppSecretKeyVaultUrl: string,
		RemoteTenant: string,
		RedirectUri: string,
		ServiceAccountKeyFileData: { type: ["string", "array", "null"] },
		Partition: string,
		DomainController: hostName,
		SkipVerification: boolean,
		IsRemote: boolean,
		IsValid: boolean,
		ObjectState: string,
		LastModifiedTime: string,
		DiagnosticInfo: string,
		Guid: string,
		...REMOTING_PROPERTIES,
	},
});
