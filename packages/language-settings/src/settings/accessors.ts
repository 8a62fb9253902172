import type { KeyNode, ObjectNode, ValueNode } from "../ast.js";
import { dnsRecordType } from "./dns-types.js";
import { ENDPOINT_SWITCHES, type RecognisedSettings, type SettingsKindName } from "./kinds.js";
import { booleanValue, getMember, getMemberOf, numberValue, objectValue, resolveValue, stringValue } from "./members.js";

/**
 * Typed, normalised views of recognised settings for rules and the project
 * facts: each value with the node it was read from, so that a finding can be
 * located. A value of the wrong type reads as undefined (config-schema
 * reports it); its node is still given.
 */

/** A setting read from an object: its value when it has the expected type, the value node and the key. */
export interface Setting<T> {
	value: T | undefined;
	node: ValueNode;
	key: KeyNode;
}

function settingOf<T>(object: ObjectNode, names: readonly string[], read: (node: ValueNode) => T | undefined): Setting<T> | undefined {
	const member = getMemberOf(object, names);
	return member && { value: read(member.value), node: member.value, key: member.name };
}

function objectsOfKind(settings: RecognisedSettings | null, kind: SettingsKindName): ObjectNode[] {
	return (settings?.sections ?? []).flatMap((section) => (section.kind === kind ? section.objects.map(({ node }) => node) : []));
}

/** The setting `name` of an object (in any letter case) as a boolean. */
export function booleanSetting(object: ObjectNode, name: string): Setting<boolean> | undefined {
	return settingOf(object, [name], booleanValue);
}

/** The setting `name` of an object (in any letter case) as a string. */
export function stringSetting(object: ObjectNode, name: string): Setting<string> | undefined {
	return settingOf(object, [name], stringValue);
}

/** A domain of an allowed or blocked federation list, lower case, with the node that names it. */
export interface FederationDomain {
	name: string;
	node: ValueNode;
}

/** `fabrikam.com`, or the `Domain=fabrikam.com` ConvertTo-Json writes for a domain pattern nested too deep, or an object's Domain. */
function federationDomain(node: ValueNode): FederationDomain | undefined {
	const object = objectValue(node);
	const member = object ? getMember(object, "Domain") : { value: node };
	const text = member && stringValue(member.value);
	return text === undefined ? undefined : { name: text.replace(/^Domain=/iu, "").toLowerCase(), node: member!.value };
}

/** The domains of a list; undefined when it is not a list or one of its entries names no domain (nothing can be told from it then). */
function federationDomains(node: ValueNode | undefined): FederationDomain[] | undefined {
	const value = node && resolveValue(node);
	if (value?.type !== "Array") return undefined;
	const domains = value.elements.map(federationDomain);
	return domains.every((domain) => domain !== undefined) ? domains : undefined;
}

export interface TenantFederationEntry {
	object: ObjectNode;
	sharedSipAddressSpace: Setting<boolean> | undefined;
	allowFederatedUsers: Setting<boolean> | undefined;
	/**
	 * AllowedDomains as open federation (true: New-CsEdgeAllowAllKnownDomains, which
	 * ConvertTo-Json writes as `{}`) or closed federation (false: an allow list);
	 * undefined when the value tells neither.
	 */
	openFederation: Setting<boolean> | undefined;
	/** The allow list of closed federation (AllowedDomains' AllowedDomain, else AllowedDomainsAsAList); undefined otherwise. */
	allowedDomains: FederationDomain[] | undefined;
	blockedDomains: FederationDomain[] | undefined;
}

const ALLOW_ALL_KNOWN_DOMAINS = /allowallknowndomains/iu;

function isOpenFederation(node: ValueNode): boolean | undefined {
	const value = resolveValue(node);
	if (value.type === "Object") return value.members.length === 0 ? true : getMember(value, "AllowedDomain") ? false : undefined;
	if (value.type === "String") return ALLOW_ALL_KNOWN_DOMAINS.test(value.value) || undefined;
	return value.type === "Array" ? false : undefined;
}

/** The tenant federation configurations of a document (usually one: the Global one). */
export function tenantFederationEntries(settings: RecognisedSettings | null): TenantFederationEntry[] {
	return objectsOfKind(settings, "tenant-federation").map((object) => {
		const openFederation = settingOf(object, ["AllowedDomains"], isOpenFederation);
		const allowList = openFederation?.value === false ? resolveValue(openFederation.node) : undefined;
		const allowed =
			allowList &&
			(federationDomains(allowList.type === "Object" ? getMember(allowList, "AllowedDomain")?.value : allowList) ??
				federationDomains(getMember(object, "AllowedDomainsAsAList")?.value));
		return {
			object,
			sharedSipAddressSpace: booleanSetting(object, "SharedSipAddressSpace"),
			allowFederatedUsers: booleanSetting(object, "AllowFederatedUsers"),
			openFederation,
			allowedDomains: allowed,
			blockedDomains: federationDomains(getMember(object, "BlockedDomains")?.value),
		};
	});
}

export interface AccessEdgeEntry {
	object: ObjectNode;
	allowFederatedUsers: Setting<boolean> | undefined;
	/** Only exported with DNS SRV routing. */
	enablePartnerDiscovery: Setting<boolean> | undefined;
}

/** The on-premises Access Edge configurations of a document (Get-CsAccessEdgeConfiguration: one, the Global one). */
export function accessEdgeEntries(settings: RecognisedSettings | null): AccessEdgeEntry[] {
	return objectsOfKind(settings, "access-edge").map((object) => ({
		object,
		allowFederatedUsers: booleanSetting(object, "AllowFederatedUsers"),
		enablePartnerDiscovery: booleanSetting(object, "EnablePartnerDiscovery"),
	}));
}

/**
 * The on-premises allowed (Get-CsAllowedDomain) or blocked (Get-CsBlockedDomain)
 * domains of a document; undefined when it holds no such list or an entry names
 * no domain.
 */
export function onPremisesFederationDomains(
	settings: RecognisedSettings | null,
	list: "allowed-federation-domains" | "blocked-federation-domains",
): FederationDomain[] | undefined {
	const sections = (settings?.sections ?? []).filter((section) => section.kind === list);
	if (sections.length === 0) return undefined;
	const domains = sections.flatMap((section) => section.objects.map(({ node }) => federationDomain(node)));
	return domains.every((domain) => domain !== undefined) ? domains : undefined;
}

export type DomainAuthentication = "Managed" | "Federated";

export interface DomainEntry {
	object: ObjectNode;
	/** The domain name (Graph's Id, MSOnline's Name). */
	name: string | undefined;
	nameNode: ValueNode | undefined;
	/** "Managed" or "Federated" in that spelling (MSOnline's 0 and 1 included); any other text as written. */
	// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- names the two spellings rules compare against
	authentication: DomainAuthentication | string | undefined;
	authenticationNode: ValueNode | undefined;
	isDefault: boolean | undefined;
	isVerified: boolean | undefined;
}

const MSOL_AUTHENTICATION: readonly DomainAuthentication[] = ["Managed", "Federated"];

function domainAuthentication(node: ValueNode): string | undefined {
	const value = resolveValue(node);
	if (value.type === "Number") return MSOL_AUTHENTICATION[value.value];
	const text = stringValue(value);
	return MSOL_AUTHENTICATION.find((known) => known.toLowerCase() === text?.toLowerCase()) ?? text;
}

function isVerifiedDomain(object: ObjectNode): boolean | undefined {
	const verified = booleanValue(getMember(object, "IsVerified")?.value);
	if (verified !== undefined) return verified;
	const status = stringValue(getMember(object, "Status")?.value);
	return status === undefined ? undefined : status.toLowerCase() === "verified";
}

/** The domains of a domain list (Get-MgDomain, Get-MsolDomain or written by hand). */
export function domainEntries(settings: RecognisedSettings | null): DomainEntry[] {
	return objectsOfKind(settings, "domains").map((object) => {
		const name = settingOf(object, ["Id", "Name"], stringValue);
		const authentication = settingOf(object, ["AuthenticationType", "Authentication"], domainAuthentication);
		return {
			object,
			name: name?.value,
			nameNode: name?.node,
			authentication: authentication?.value,
			authenticationNode: authentication?.node,
			isDefault: booleanValue(getMember(object, "IsDefault")?.value),
			isVerified: isVerifiedDomain(object),
		};
	});
}

export interface DnsRecordEntry {
	object: ObjectNode;
	/** The record type in upper case ("CNAME" for Graph's "CName" and Resolve-DnsName's 5); undefined when it is not one. */
	type: string | undefined;
	typeNode: ValueNode | undefined;
	/** The host name the record is for (Graph's Label, Name, HostName). */
	name: string | undefined;
	nameNode: ValueNode | undefined;
	/** What the record points to: a CNAME's canonical name, an MX's mail exchanger, a TXT's text, an A's address… */
	target: string | undefined;
	targetNode: ValueNode | undefined;
	ttl: number | undefined;
	ttlNode: ValueNode | undefined;
}

const TARGET_KEYS = [
	"CanonicalName",
	"NameHost",
	"Target",
	"Value",
	"Data",
	"MailExchange",
	"NameExchange",
	"NameTarget",
	"Text",
	"Strings",
	"IPAddress",
	"IP4Address",
	"IP6Address",
	"Address",
];

/** A TXT record's text, from a string or a list of strings (Resolve-DnsName's Strings). */
function targetText(node: ValueNode): string | undefined {
	const value = resolveValue(node);
	if (value.type !== "Array") return stringValue(value);
	const parts = value.elements.map(stringValue);
	return parts.every((part) => part !== undefined) ? parts.join("") : undefined;
}

/** Get-MgDomainServiceConfigurationRecord puts the properties of each record type (canonicalName…) in AdditionalProperties. */
function targetSetting(object: ObjectNode): Setting<string> | undefined {
	const direct = settingOf(object, TARGET_KEYS, targetText);
	if (direct) return direct;
	const additional = objectValue(getMember(object, "AdditionalProperties")?.value);
	return additional && settingOf(additional, TARGET_KEYS, targetText);
}

/** The records of a DNS record list (Microsoft Graph, Resolve-DnsName or written by hand). */
export function dnsRecords(settings: RecognisedSettings | null): DnsRecordEntry[] {
	return objectsOfKind(settings, "dns-records").map((object) => {
		const type = settingOf(object, ["RecordType", "Type"], (node) => {
			const value = resolveValue(node);
			return dnsRecordType(value.type === "String" || value.type === "Number" ? value.value : undefined);
		});
		const name = settingOf(object, ["Label", "Name", "HostName"], stringValue);
		const target = targetSetting(object);
		const ttl = settingOf(object, ["Ttl"], numberValue);
		return {
			object,
			type: type?.value,
			typeNode: type?.node,
			name: name?.value,
			nameNode: name?.node,
			target: target?.value,
			targetNode: target?.node,
			ttl: ttl?.value,
			ttlNode: ttl?.node,
		};
	});
}

export interface MigrationEndpointEntry {
	object: ObjectNode;
	/** Name, else Identity. */
	name: Setting<string> | undefined;
	/** EndpointType, else the parameter set's switch set to true ("IMAP" for `IMAP: true`). */
	endpointType: string | undefined;
	endpointTypeNode: ValueNode | undefined;
	remoteServer: Setting<string> | undefined;
	port: Setting<number> | undefined;
	security: Setting<string> | undefined;
	acceptUntrustedCertificates: Setting<boolean> | undefined;
}

function endpointType(object: ObjectNode): { value: string | undefined; node: ValueNode } | undefined {
	const declared = settingOf(object, ["EndpointType"], stringValue);
	if (declared) return declared;
	for (const name of ENDPOINT_SWITCHES) {
		const member = getMember(object, name);
		if (member && booleanValue(member.value) === true) return { value: name, node: member.value };
	}
	return undefined;
}

/** The endpoints of migration endpoint settings (Get-MigrationEndpoint, or New-MigrationEndpoint's parameters by hand). */
export function migrationEndpoints(settings: RecognisedSettings | null): MigrationEndpointEntry[] {
	return objectsOfKind(settings, "migration-endpoints").map((object) => {
		const type = endpointType(object);
		return {
			object,
			name: settingOf(object, ["Name", "Identity"], stringValue),
			endpointType: type?.value,
			endpointTypeNode: type?.node,
			remoteServer: stringSetting(object, "RemoteServer"),
			port: settingOf(object, ["Port"], numberValue),
			security: stringSetting(object, "Security"),
			acceptUntrustedCertificates: booleanSetting(object, "AcceptUntrustedCertificates"),
		};
	});
}
