/**
 * Keys of the settings kinds whose values the project facts read, kept here
 * beside the recognition in kinds.ts: a document that holds none of
 * FACT_KEYS (in any letter case) is recognised as none of those kinds, so
 * the project facts need not parse it. This module imports nothing, so that
 * the facts can test a file's text without loading the settings language.
 */

/** Properties of Get-CsAccessEdgeConfiguration that the online tenant federation configuration does not have (both have AllowFederatedUsers). */
export const ACCESS_EDGE_KEYS = [
	"EnablePartnerDiscovery",
	"BeClearingHouse",
	"AllowOutsideUsers",
	"AllowAnonymousUsers",
	"DiscoveredPartnerVerificationLevel",
	"EnableDiscoveredPartnerContactsLimit",
	"KeepCrlsUpToDateForPeers",
	"MarkSourceVerifiableOnOutgoingMessages",
	"OutgoingTlsCountForFederatedPartners",
	"DefaultRouteFqdn",
];

/**
 * One of these keys is in every object kinds.ts recognises as: a domain
 * with its authentication (Graph's AuthenticationType, MSOnline's
 * Authentication), the tenant federation configuration, the Access Edge
 * configuration, an on-premises allowed domain (ProxyFqdn or
 * MarkForMonitoring) or blocked domain (Comment).
 */
export const FACT_KEYS = ["Authentication", "SharedSipAddressSpace", "AllowFederatedUsers", ...ACCESS_EDGE_KEYS, "ProxyFqdn", "MarkForMonitoring", "Comment"];
