import { boolean, integer, list, listOfStrings, object, ODATA_ANNOTATIONS, oneOf, settingsShape, string } from "./schema-parts.js";

/** A domain of the tenant as Microsoft Graph describes it: `Get-MgDomain | ConvertTo-Json`, or Graph's own JSON. */
export const graphDomain = settingsShape({
	name: "graph-domain",
	title: "Microsoft Graph domain",
	description: "The properties of Microsoft Graph's domain resource, as Get-MgDomain exports them (Graph's JSON has the same names in camelCase).",
	sources: ["https://learn.microsoft.com/graph/api/resources/domain"],
	properties: {
		Id: string,
		AuthenticationType: oneOf("Managed", "Federated"),
		AvailabilityStatus: string,
		IsAdminManaged: boolean,
		IsDefault: boolean,
		IsInitial: boolean,
		IsRoot: boolean,
		IsVerified: boolean,
		Manufacturer: string,
		Model: string,
		PasswordNotificationWindowInDays: integer,
		PasswordValidityPeriodInDays: integer,
		SupportedServices: listOfStrings,
		State: object,
		RootDomain: object,
		DomainNameReferences: list,
		FederationConfiguration: list,
		ServiceConfigurationRecords: list,
		VerificationDnsRecords: list,
		AdditionalProperties: object,
	},
	patternProperties: ODATA_ANNOTATIONS,
	required: ["Id", "AuthenticationType"],
});

/**
 * A domain as the retired MSOnline module described it: `Get-MsolDomain |
 * ConvertTo-Json`. ConvertTo-Json writes its enumerations as numbers
 * (Authentication: 0 Managed, 1 Federated).
 */
export const msolDomain = settingsShape({
	name: "msol-domain",
	title: "domain from Get-MsolDomain",
	description: "The properties of the domains Get-MsolDomain returns.",
	sources: ["https://learn.microsoft.com/powershell/module/msonline/get-msoldomain"],
	properties: {
		Name: string,
		Authentication: oneOf("Managed", "Federated", 0, 1),
		Capabilities: { type: ["string", "integer", "null"] },
		IsDefault: boolean,
		IsInitial: boolean,
		RootDomain: string,
		Status: { type: ["string", "integer", "null"] },
		VerificationMethod: { type: ["string", "integer", "null"] },
		ExtensionData: object,
	},
	required: ["Name", "Authentication"],
});
