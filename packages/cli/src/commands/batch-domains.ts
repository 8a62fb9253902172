import { buildConfigSchema, domainMatches, equallyFittingTypes, getCsvType, normalizeColumnName, type CsvColumnDeclaration } from "@miglint/core";
import { columnValues, decodedText, headerNames, type CsvTypeFact } from "@miglint/project-facts";

/** The domains of the addresses batch files list, split as miglint.config's migration.domains splits them. */
export interface BatchDomains {
	onPremises: string[];
	cloud: string[];
}

/** Microsoft 365 tenant domains; miglint treats them as cloud domains whatever the configuration says. */
const TENANT_DOMAINS = ["*.onmicrosoft.com"];

function isAddressColumn(column: CsvColumnDeclaration): boolean {
	return (column.value as { smtpAddress?: boolean } | undefined)?.smtpAddress === true;
}

/** A domain the configuration accepts, as its schema checks it. */
function domainPattern(): RegExp {
	const schema = buildConfigSchema({}) as {
		properties: { migration: { properties: { domains: { properties: { onPremises: { items: { pattern: string } } } } } } };
	};
	return new RegExp(schema.properties.migration.properties.domains.properties.onPremises.items.pattern, "u");
}

/**
 * Whether a file's addresses are in the organisation's own domains: not those
 * of a cross-tenant batch (the other tenant's), nor those of a file whose
 * type is only assumed from a header that fits a cross-tenant batch as well.
 */
function listsOwnAddresses({ file, type, origin }: CsvTypeFact, legacyEncoding: string | null): boolean {
	if (type === "cross-tenant") return false;
	return origin !== "header" || !equallyFittingTypes(headerNames(file, legacyEncoding) ?? []).some((candidate) => candidate.name === "cross-tenant");
}

/** The domains in the address columns of the CSV files whose migration type is known. */
export function batchDomains(types: readonly CsvTypeFact[], legacyEncoding: string | null): BatchDomains {
	const isDomain = domainPattern();
	const domains = new Set<string>();
	for (const { file, type } of types.filter((fact) => listsOwnAddresses(fact, legacyEncoding))) {
		const addressColumns = new Set(
			getCsvType(type ?? "")
				?.columns.filter(isAddressColumn)
				.map((column) => normalizeColumnName(column.name)),
		);
		const text = addressColumns.size ? decodedText(file, legacyEncoding) : null;
		for (const { values } of text === null ? [] : columnValues(text, addressColumns)) {
			for (const value of values) {
				const domain = value
					.slice(value.lastIndexOf("@") + 1)
					.trim()
					.toLowerCase();
				if (value.includes("@") && !domain.startsWith("*") && isDomain.test(domain)) domains.add(domain);
			}
		}
	}
	const sorted = [...domains].sort();
	return {
		onPremises: sorted.filter((domain) => !domainMatches(domain, TENANT_DOMAINS)),
		cloud: sorted.filter((domain) => domainMatches(domain, TENANT_DOMAINS)),
	};
}
