import type { ObjectNode, ValueNode } from "../ast.js";
import { dnsRecordType } from "./dns-types.js";
import { ACCESS_EDGE_KEYS } from "./fact-keys.js";
import { getMember, getMemberOf, getValue, resolveValue, stringValue } from "./members.js";
import { accessEdge, allowedDomain, blockedDomain } from "./schemas/access-edge.js";
import { dnsRecord, graphDnsRecord } from "./schemas/dns-record.js";
import { graphDomain, msolDomain } from "./schemas/domain.js";
import { migrationEndpoint } from "./schemas/migration-endpoint.js";
import type { SettingsShape } from "./schemas/schema-parts.js";
import { tenantFederation } from "./schemas/tenant-federation.js";

export type SettingsKindName =
	"access-edge" | "tenant-federation" | "migration-endpoints" | "domains" | "dns-records" | "allowed-federation-domains" | "blocked-federation-domains";

/** One object of a settings document, with the shape its keys are checked against. */
export interface SettingsObject {
	node: ObjectNode;
	shape: SettingsShape;
}

/** One part of a document that holds settings of one kind: the whole document, or a section of a combined file. */
export interface SettingsSection {
	kind: SettingsKindName;
	/** "tenant federation configuration", for messages. */
	title: string;
	objects: readonly SettingsObject[];
}

/** A JSON or YAML document miglint recognises as tenant settings: one section, or several in a combined file. */
export interface RecognisedSettings {
	sections: readonly SettingsSection[];
}

interface SettingsKind {
	name: SettingsKindName;
	title: string;
	/** Section keys of combined files, in lower case without separators: "tenantFederation", "Tenant_Federation" and "tenant-federation" all read "tenantfederation". */
	sectionKeys: readonly string[];
	/** The shape of an object that is unmistakably one of these settings; null when it does not look like one. */
	recognise(object: ObjectNode): SettingsShape | null;
	/** The shape assumed for the other objects of a recognised document, so that their mistakes are found too. */
	assume(object: ObjectNode): SettingsShape;
}

const has = (object: ObjectNode, ...names: string[]) => names.some((name) => getMember(object, name) !== undefined);

/** The switches of New-MigrationEndpoint that name an endpoint's type, as an exported endpoint carries them. */
export const ENDPOINT_SWITCHES = [
	"ExchangeOutlookAnywhere",
	"ExchangeRemoteMove",
	"IMAP",
	"PSTImport",
	"Gmail",
	"PublicFolder",
	"PublicFolderToUnifiedGroup",
	"Compliance",
];
const ENDPOINT_SETTINGS = [
	"Port",
	"Security",
	"Authentication",
	"AcceptUntrustedCertificates",
	"MaxConcurrentMigrations",
	"MaxConcurrentIncrementalSyncs",
	"Credentials",
	"RemoteTenant",
	"MailboxPermission",
];
const BLOCKED_DOMAIN_KEYS = new Set(["identity", "domain", "comment"]);
const MSOL_DOMAIN_KEYS = ["Capabilities", "Status", "VerificationMethod", "RootDomain", "IsInitial", "IsDefault"];
const AUTHENTICATION_TYPES = new Set(["managed", "federated"]);

function isDomainAuthentication(value: ValueNode | undefined): boolean {
	const resolved = value && resolveValue(value);
	return resolved?.type === "Number" ? resolved.value === 0 || resolved.value === 1 : AUTHENTICATION_TYPES.has(stringValue(resolved)?.toLowerCase() ?? "");
}

/** A domain of an on-premises allowed or blocked list as Get-CsAllowedDomain and Get-CsBlockedDomain export it: its Identity is its Domain. */
function isFederationDomain(object: ObjectNode): boolean {
	const domain = stringValue(getValue(object, "Domain"));
	return domain !== undefined && domain.toLowerCase() === stringValue(getValue(object, "Identity"))?.toLowerCase();
}

function typeValue(object: ObjectNode, name: string): string | number | undefined {
	const value = getValue(object, name);
	return value?.type === "String" || value?.type === "Number" ? value.value : undefined;
}

/**
 * In the order they are tried: the Access Edge configuration has AllowFederatedUsers too, and must not be taken
 * for the tenant's; the endpoint's `Authentication` (Basic) must not make it an MSOnline domain.
 */
const KINDS: readonly SettingsKind[] = [
	{
		name: "access-edge",
		title: "Access Edge configuration",
		sectionKeys: ["accessedge", "accessedgeconfiguration", "csaccessedgeconfiguration", "onpremisesfederation"],
		recognise: (object) => (has(object, ...ACCESS_EDGE_KEYS) ? accessEdge : null),
		assume: () => accessEdge,
	},
	{
		name: "tenant-federation",
		title: "tenant federation configuration",
		sectionKeys: ["tenantfederation", "tenantfederationconfiguration", "cstenantfederationconfiguration", "federation", "federationconfiguration"],
		recognise: (object) => (has(object, "SharedSipAddressSpace", "AllowFederatedUsers") ? tenantFederation : null),
		assume: () => tenantFederation,
	},
	{
		name: "migration-endpoints",
		title: "migration endpoint settings",
		sectionKeys: ["endpoints", "endpoint", "migrationendpoints", "migrationendpoint"],
		recognise(object) {
			const isSwitchedOn = ENDPOINT_SWITCHES.some((name) => getValue(object, name)?.type === "Boolean");
			const isEndpoint = has(object, "EndpointType") || isSwitchedOn || (has(object, "RemoteServer") && has(object, ...ENDPOINT_SETTINGS));
			return isEndpoint ? migrationEndpoint : null;
		},
		assume: () => migrationEndpoint,
	},
	{
		name: "domains",
		title: "domain list",
		sectionKeys: ["domains", "domain", "tenantdomains", "msoldomains", "mgdomains"],
		recognise(object) {
			if (!has(object, "Id", "Name")) return null;
			if (has(object, "AuthenticationType")) return graphDomain;
			const authentication = getMember(object, "Authentication");
			return authentication && (isDomainAuthentication(authentication.value) || has(object, ...MSOL_DOMAIN_KEYS)) ? msolDomain : null;
		},
		assume: (object) => (has(object, "Authentication") || (has(object, "Name") && !has(object, "Id")) ? msolDomain : graphDomain),
	},
	{
		name: "dns-records",
		title: "DNS record list",
		sectionKeys: ["dnsrecords", "dnsrecord", "dns", "records", "domaindnsrecords", "serviceconfigurationrecords"],
		recognise(object) {
			if (has(object, "RecordType")) {
				const type = typeValue(object, "RecordType");
				const isRecord = has(object, "Label") && (dnsRecordType(type) !== undefined || String(type).toLowerCase() === "unavailable");
				return isRecord ? graphDnsRecord : null;
			}
			return dnsRecordType(typeValue(object, "Type")) && getMemberOf(object, ["Name", "HostName"]) ? dnsRecord : null;
		},
		assume: (object) => (has(object, "RecordType", "Label") ? graphDnsRecord : dnsRecord),
	},
	{
		name: "allowed-federation-domains",
		title: "allowed domain list",
		sectionKeys: ["alloweddomains", "csalloweddomain", "csalloweddomains", "onpremisesalloweddomains"],
		// Only the on-premises allowed domain has a proxy and monitoring; online entries have a Domain alone.
		recognise: (object) => (isFederationDomain(object) && has(object, "ProxyFqdn", "MarkForMonitoring") ? allowedDomain : null),
		assume: () => allowedDomain,
	},
	{
		name: "blocked-federation-domains",
		title: "blocked domain list",
		sectionKeys: ["blockeddomains", "csblockeddomain", "csblockeddomains", "onpremisesblockeddomains"],
		// The complete export (Identity, Domain and Comment, nothing else): a trimmed allowed list must not pass for a blocked one.
		recognise: (object) =>
			isFederationDomain(object) && has(object, "Comment") && object.members.every((member) => BLOCKED_DOMAIN_KEYS.has(member.name.value.toLowerCase()))
				? blockedDomain
				: null,
		assume: () => blockedDomain,
	},
];

/** The objects a document holds settings in: a root object, an array of objects, or Graph's `{ "value": [...] }`. */
function candidateObjects(body: ValueNode | null): ObjectNode[] | null {
	const value = body && resolveValue(body);
	if (value?.type === "Object") {
		const wrapped = getValue(value, "value");
		return (wrapped?.type === "Array" && objectElements(wrapped.elements)) || [value];
	}
	return value?.type === "Array" ? objectElements(value.elements) : null;
}

function objectElements(elements: readonly ValueNode[]): ObjectNode[] | null {
	// An alias repeats an object already listed: it is checked once.
	const objects = [...new Set(elements.map(resolveValue))];
	return objects.length > 0 && objects.every((element) => element.type === "Object") ? objects : null;
}

/** The section of `objects` if at least one of them is unmistakably of `kind`; the others get the shape the kind assumes. */
function sectionOf(kind: SettingsKind, objects: readonly ObjectNode[]): SettingsSection | null {
	const shapes = objects.map((object) => kind.recognise(object));
	if (!shapes.some((shape) => shape !== null)) return null;
	return { kind: kind.name, title: kind.title, objects: objects.map((node, index) => ({ node, shape: shapes[index] ?? kind.assume(node) })) };
}

/** The kind whose section key `key` is, in any letter case and with any separators. */
function kindOfSectionKey(key: string): SettingsKind | undefined {
	const normalised = key.toLowerCase().replaceAll(/[^a-z0-9]/gu, "");
	return KINDS.find((kind) => kind.sectionKeys.includes(normalised));
}

/**
 * The settings sections of a combined file (a runbook with `tenantFederation:`,
 * `dnsRecords:`, `domains:` and `endpoints:` under one root, at any depth):
 * a member whose key names a kind, and whose value holds at least one object
 * that is unmistakably of that kind. Both must agree, so that a `domains:`
 * list of names or a `dns:` block of some other tool stays unrecognised.
 */
function combinedSections(body: ValueNode): SettingsSection[] {
	const sections: SettingsSection[] = [];
	const seen = new Set<ValueNode>();
	const pending: ValueNode[] = [body];
	while (pending.length > 0) {
		const value = resolveValue(pending.pop()!);
		if (seen.has(value)) continue;
		seen.add(value);
		if (value.type === "Array") {
			// One push at a time: spreading an array of a few hundred thousand elements into arguments overflows the stack.
			for (let index = value.elements.length - 1; index >= 0; index--) pending.push(value.elements[index]!);
		} else if (value.type === "Object") {
			for (const member of [...value.members].reverse()) {
				const kind = kindOfSectionKey(member.name.value);
				const objects = kind && !seen.has(resolveValue(member.value)) && candidateObjects(member.value);
				const section = kind && objects && sectionOf(kind, objects);
				if (section) {
					// A YAML alias to a section repeats it: it is checked once.
					seen.add(resolveValue(member.value));
					sections.push(section);
				} else {
					pending.push(member.value);
				}
			}
		}
	}
	return sections.sort((a, b) => a.objects[0]!.node.range[0] - b.objects[0]!.node.range[0]);
}

/**
 * The settings a document holds, recognised from its shape: the first kind
 * of which at least one of its objects is unmistakably an instance, or else
 * the sections of a combined file. Other JSON and YAML (package manifests,
 * pipelines, anything else) is not recognised, so settings rules stay quiet
 * on it.
 */
export function recogniseSettings(body: ValueNode | null): RecognisedSettings | null {
	if (!body) return null;
	const objects = candidateObjects(body);
	for (const kind of objects ? KINDS : []) {
		const section = sectionOf(kind, objects!);
		if (section) return { sections: [section] };
	}
	const sections = combinedSections(body);
	return sections.length > 0 ? { sections } : null;
}
