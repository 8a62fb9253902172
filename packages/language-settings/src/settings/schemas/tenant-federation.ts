import { boolean, guid, listOfStrings, oneOf, REMOTING_PROPERTIES, settingsShape, string, type JsonSchema } from "./schema-parts.js";

/** A domain list: domain names as written by hand, or the objects an export holds. */
const domains: JsonSchema = { type: ["array", "null"], items: { type: ["string", "object"] } };

/**
 * Federation settings of a Teams / Skype for Business Online tenant: what
 * `Get-CsTenantFederationConfiguration | ConvertTo-Json` writes, or the
 * parameters of Set-CsTenantFederationConfiguration written by hand.
 */
export const tenantFederation = settingsShape({
	name: "tenant-federation",
	title: "tenant federation configuration",
	description: "Identity and the properties Set-CsTenantFederationConfiguration sets, as Get-CsTenantFederationConfiguration exports them.",
	sources: [
		"https://learn.microsoft.com/powershell/module/microsoftteams/set-cstenantfederationconfiguration",
		"https://learn.microsoft.com/powershell/module/microsoftteams/get-cstenantfederationconfiguration",
	],
	properties: {
		Identity: string,
		Tenant: guid,
		// IAllowedDomainsChoice (New-CsEdgeAllowAllKnownDomains or New-CsEdgeAllowList): its export form varies.
		AllowedDomains: { type: ["object", "array", "string", "null"] },
		AllowedDomainsAsAList: domains,
		AllowedTrialTenantDomains: listOfStrings,
		BlockedDomains: domains,
		BlockAllSubdomains: boolean,
		AllowFederatedUsers: boolean,
		AllowPublicUsers: boolean,
		AllowTeamsConsumer: boolean,
		AllowTeamsConsumerInbound: boolean,
		TreatDiscoveredPartnersAsUnverified: boolean,
		SharedSipAddressSpace: boolean,
		RestrictTeamsConsumerToExternalUserProfiles: boolean,
		ExternalAccessWithTrialTenants: oneOf("Blocked", "Allowed"),
		SecurityTeamAllowBlockListDelegation: oneOf("Enabled", "Disabled"),
		DomainBlockingForMDOAdminsInTeams: oneOf("Enabled", "Disabled"),
		CustomizeFederation: boolean,
		EnableExternalAccessRestrictionsForChatParticipants: boolean,
		EnableMutualFederationForChatParticipants: boolean,
		...REMOTING_PROPERTIES,
	},
});
