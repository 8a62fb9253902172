import { boolean, hostName, integer, list, object, ODATA_ANNOTATIONS, oneOf, settingsShape, string, type JsonSchema } from "./schema-parts.js";

const ttl: JsonSchema = { type: ["integer", "null"], minimum: 0, maximum: 2147483647, title: "a whole number of seconds" };
const port: JsonSchema = { type: ["integer", "null"], minimum: 0, maximum: 65535 };

/**
 * A DNS record Microsoft 365 asks for, as Microsoft Graph describes it:
 * `Get-MgDomainServiceConfigurationRecord | ConvertTo-Json` (type-specific
 * properties such as canonicalName sit in AdditionalProperties there) or
 * Graph's own JSON.
 */
export const graphDnsRecord = settingsShape({
	name: "graph-dns-record",
	title: "Microsoft Graph DNS record",
	description: "The properties of Microsoft Graph's domainDnsRecord and of its CNAME, MX, SRV, TXT and unavailable record types.",
	sources: ["https://learn.microsoft.com/graph/api/resources/domaindnsrecord", "https://learn.microsoft.com/graph/api/resources/domaindnscnamerecord"],
	properties: {
		Id: string,
		IsOptional: boolean,
		Label: hostName,
		RecordType: oneOf("CName", "Mx", "Srv", "Txt", "Unavailable"),
		SupportedService: string,
		Ttl: ttl,
		CanonicalName: hostName,
		MailExchange: hostName,
		Preference: integer,
		Text: string,
		NameTarget: hostName,
		Port: port,
		Priority: integer,
		Protocol: string,
		Service: string,
		Weight: integer,
		Description: string,
		AdditionalProperties: object,
	},
	patternProperties: ODATA_ANNOTATIONS,
	required: ["RecordType", "Label"],
});

/**
 * A DNS record written by hand (type, name, target, TTL), or as
 * `Resolve-DnsName | ConvertTo-Json` writes it (Type as the record type's
 * number, the target in NameHost, NameExchange, Strings, IPAddress…).
 */
export const dnsRecord = settingsShape({
	name: "dns-record",
	title: "DNS record",
	description: "A DNS record: its type, name, target and time to live, with the names Resolve-DnsName uses for the targets of each record type.",
	sources: [
		"https://learn.microsoft.com/microsoft-365/admin/get-help-with-domains/create-dns-records-at-any-dns-hosting-provider",
		"https://learn.microsoft.com/powershell/module/dnsclient/resolve-dnsname",
	],
	properties: {
		Type: {
			anyOf: [oneOf("A", "AAAA", "CAA", "CNAME", "MX", "NS", "PTR", "SOA", "SRV", "TXT"), { type: "integer", minimum: 1, maximum: 65535 }],
			title: 'a DNS record type such as "CNAME", "MX" or "TXT"',
		},
		Name: hostName,
		HostName: hostName,
		Target: string,
		Value: string,
		Data: string,
		TTL: ttl,
		Priority: integer,
		Preference: integer,
		Weight: integer,
		Port: port,
		Protocol: string,
		Service: string,
		Section: { type: ["string", "integer", "null"] },
		CharacterSet: { type: ["string", "integer", "null"] },
		DataLength: integer,
		NameHost: hostName,
		NameExchange: hostName,
		NameTarget: hostName,
		Strings: { type: ["array", "string", "null"], items: { type: "string" } },
		Text: { type: ["array", "string", "null"], items: { type: "string" } },
		IPAddress: string,
		IP4Address: string,
		IP6Address: string,
		Address: string,
		Description: string,
		Comment: string,
		Records: list,
	},
	required: ["Type"],
});
