/** DNS record types by name, and by the number Resolve-DnsName writes for them. */
const TYPE_NAMES = ["A", "AAAA", "CAA", "CNAME", "MX", "NS", "PTR", "SOA", "SRV", "TXT"] as const;
const TYPE_NUMBERS = new Map<number, string>([
	[1, "A"],
	[2, "NS"],
	[5, "CNAME"],
	[6, "SOA"],
	[12, "PTR"],
	[15, "MX"],
	[16, "TXT"],
	[28, "AAAA"],
	[33, "SRV"],
	[257, "CAA"],
]);
const BY_LOWER_NAME = new Map<string, string>(TYPE_NAMES.map((name) => [name.toLowerCase(), name]));

/**
 * The record type a type value stands for, in upper case ("CNAME" for
 * Graph's "CName" and for Resolve-DnsName's 5); undefined when it is not a
 * DNS record type.
 */
export function dnsRecordType(value: string | number | undefined): string | undefined {
	if (typeof value === "number") return TYPE_NUMBERS.get(value);
	return value === undefined ? undefined : BY_LOWER_NAME.get(value.trim().toLowerCase());
}
