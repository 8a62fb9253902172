import { boolean, integer, REMOTING_PROPERTIES, settingsShape, string, type JsonSchema } from "./schema-parts.js";

/** An enumeration as ConvertTo-Json writes it in Windows PowerShell (its number), or as written by hand (its name). */
const enumeration: JsonSchema = { type: ["string", "integer", "null"] };

/**
 * The federation settings of a Skype for Business Server or Lync Server
 * deployment: what `Get-CsAccessEdgeConfiguration | ConvertTo-Json` writes,
 * or the parameters of Set-CsAccessEdgeConfiguration written by hand. Which
 * properties an export has depends on the routing method (DNS SRV routing:
 * EnablePartnerDiscovery and BeClearingHouse; default routing:
 * DefaultRouteFqdn, VerificationLevel and IsPublicProvider).
 */
export const accessEdge = settingsShape({
	name: "access-edge",
	title: "Access Edge configuration",
	description: "Identity, the routing method and the properties Set-CsAccessEdgeConfiguration sets, as Get-CsAccessEdgeConfiguration exports them.",
	sources: [
		"https://learn.microsoft.com/powershell/module/skypeforbusiness/set-csaccessedgeconfiguration",
		"https://learn.microsoft.com/powershell/module/skypeforbusiness/get-csaccessedgeconfiguration",
	],
	properties: {
		Identity: string,
		RoutingMethod: enumeration,
		AllowAnonymousUsers: boolean,
		AllowFederatedUsers: boolean,
		AllowOutsideUsers: boolean,
		BeClearingHouse: boolean,
		EnablePartnerDiscovery: boolean,
		DiscoveredPartnerVerificationLevel: enumeration,
		DefaultRouteFqdn: string,
		IsPublicProvider: boolean,
		VerificationLevel: enumeration,
		EnableArchivingDisclaimer: boolean,
		KeepCrlsUpToDateForPeers: boolean,
		MarkSourceVerifiableOnOutgoingMessages: boolean,
		OutgoingTlsCountForFederatedPartners: integer,
		CertificatesDeletedPercentage: integer,
		DiscoveredPartnerReportPeriodMinutes: integer,
		DiscoveredPartnerStandardRate: integer,
		EnableDiscoveredPartnerContactsLimit: boolean,
		EnableUserReplicator: boolean,
		MaxAcceptedCertificatesStored: integer,
		MaxContactsPerDiscoveredPartner: integer,
		MaxRejectedCertificatesStored: integer,
		DnsSrvCacheRecordCount: integer,
		SkypeSearchUrl: string,
		...REMOTING_PROPERTIES,
	},
});

/** A domain of the on-premises allowed list: `Get-CsAllowedDomain | ConvertTo-Json`. */
export const allowedDomain = settingsShape({
	name: "allowed-domain",
	title: "allowed domain from Get-CsAllowedDomain",
	description: "The properties of the domains Get-CsAllowedDomain returns, as New-CsAllowedDomain sets them.",
	sources: [
		"https://learn.microsoft.com/powershell/module/skypeforbusiness/new-csalloweddomain",
		"https://learn.microsoft.com/powershell/module/skypeforbusiness/get-csalloweddomain",
	],
	properties: {
		Identity: string,
		Domain: string,
		ProxyFqdn: string,
		Comment: string,
		MarkForMonitoring: boolean,
		VerificationLevel: enumeration,
	},
});

/** A domain of the on-premises blocked list: `Get-CsBlockedDomain | ConvertTo-Json`. */
export const blockedDomain = settingsShape({
	name: "blocked-domain",
	title: "blocked domain from Get-CsBlockedDomain",
	description: "The properties of the domains Get-CsBlockedDomain returns, as New-CsBlockedDomain sets them.",
	sources: [
		"https://learn.microsoft.com/powershell/module/skypeforbusiness/new-csblockeddomain",
		"https://learn.microsoft.com/powershell/module/skypeforbusiness/get-csblockeddomain",
	],
	properties: {
		Identity: string,
		Domain: string,
		Comment: string,
	},
});
