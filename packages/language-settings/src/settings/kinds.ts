import type { ObjectNode, ValueNode } from "../ast.js";
import { dnsRecordType } from "./dns-types.js";
import { getMember, getMemberOf, getValue, resolveValue, stringValue } from "./members.js";
import { dnsRecord, graphDnsRecord } from "./schemas/dns-record.js";
import { graphDomain, msolDomain } from "./schemas/domain.js";
import { migrationEndpoint } from "./schemas/migration-endpoint.js";
import type { SettingsShape } from "./schemas/schema-parts.js";
import { tenantFederation } from "./schemas/tenant-federation.js";

export type SettingsKindName = "tenant-federation" | "migration-endpoints" | "domains" | "dns-records";

/** One object of a settings document, with the shape its keys are checked against. */
export interface SettingsObject {
	node: ObjectNode;
	shape: SettingsShape;
}

/** A JSON or YAML document miglint recognises as tenant settings. */
export interface RecognisedSettings {
	kind: SettingsKindName;
	/** "tenant federation configuration", for messages. */
	title: string;
	objects: readonly SettingsObject[];
}

interface SettingsKind {
	name: SettingsKindName;
	title: string;
	/** The shape of an object that is unmistakably one of these settings; null when it does not look like one. */
	recognise(object: ObjectNode): SettingsShape | null;
	/** The shape assumed for the other objects of a recognised document, so that their mistakes are found too. */
	assume(object: ObjectNode): SettingsShape;
}

const has = (object: ObjectNode, ...names: string[]) => names.some((name) => getMember(object, name) !== undefined);

const ENDPOINT_SWITCHES = ["ExchangeOutlookAnywhere", "ExchangeRemoteMove", "IMAP", "PSTImport", "Gmail", "PublicFolder", "PublicFolderToUnifiedGroup", "Compliance"];
const ENDPOINT_SETTINGS = ["Port", "Security", "Authentication", "AcceptUntrustedCertificates", "MaxConcurrentMigrations", "MaxConcurrentIncrementalSyncs", "Credentials", "RemoteTenant", "MailboxPermission"];
const MSOL_DOMAIN_KEYS = ["Capabilities", "Status", "VerificationMethod", "RootDomain", "IsInitial", "IsDefault"];
const AUTHENTICATION_TYPES = new Set(["managed", "federated"]);

function isDomainAuthentication(value: ValueNode | undefined): boolean {
	const resolved = value && resolveValue(value);
	return resolved?.type === "Number" ? resolved.value === 0 || resolved.value === 1 : AUTHENTICATION_TYPES.has(stringValue(resolved)?.toLowerCase() ?? "");
}

function typeValue(object: ObjectNode, name: string): string | number | undefined {
	const value = getValue(object, name);
	return value?.type === "String" || value?.type === "Number" ? value.value : undefined;
}

/** In the order they are tried: the endpoint's `Authentication` (Basic) must not make it an MSOnline domain. */
const KINDS: readonly SettingsKind[] = [
	{
		name: "tenant-federation",
		title: "tenant federation configuration",
		recognise: (object) => (has(object, "SharedSipAddressSpace", "AllowFederatedUsers") ? tenantFederation : null),
		assume: () => tenantFederation,
	},
	{
		name: "migration-endpoints",
		title: "migration endpoint settings",
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
		recognise(object) {
			if (!has(object, "Id", "Name")) return null;
			if (has(object, "AuthenticationType")) return graphDomain;
			const authentication = getMember(object, "Authentication");
			return authentication && (isDomainAuthentication(authentication.value) || has(object, ...MSOL_DOMAIN_KEYS)) ? msolDomain : null;
		},
		assume: (object) => ((has(object, "Authentication") || (has(object, "Name") && !has(object, "Id"))) ? msolDomain : graphDomain),
	},
	{
		name: "dns-records",
		title: "DNS record list",
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

/**
 * The settings a document holds, recognised from its shape: the first kind
 * of which at least one of its objects is unmistakably an instance. Other
 * JSON and YAML (package manifests, pipelines, anything else) is not
 * recognised, so settings rules stay quiet on it.
 */
export function recogniseSettings(body: ValueNode | null): RecognisedSettings | null {
	const objects = candidateObjects(body);
	if (!objects) return null;
	for (const kind of KINDS) {
		const shapes = objects.map((object) => kind.recognise(object));
		if (shapes.some((shape) => shape !== null)) {
			return {
				kind: kind.name,
				title: kind.title,
				objects: objects.map((node, index) => ({ node, shape: shapes[index] ?? kind.assume(node) })),
			};
		}
	}
	return null;
}
