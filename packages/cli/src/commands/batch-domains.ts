import { buildConfigSchema, domainMatches, getCsvType, normalizeColumnName, type CsvColumnDeclaration } from "@miglint/core";
import { columnValues, decodedText, type CsvTypeFact } from "@miglint/project-facts";

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
	const schema = buildConfigSchema({}) as { properties: { migration: { properties: { domains: { properties: { onPremises: { items: { pattern: string } } } } } } } };
	return new RegExp(schema.properties.migration.properties.domains.properties.onPremises.items.pattern, "u");
}

/** The domains in the address columns of the CSV files whose migration type is known. */
export function batchDomains(types: readonly CsvTypeFact[], legacyEncoding: string | null): BatchDomains {
	const isDomain = domainPattern();
	const domains = new Set<string>();
	for (const { file, type } of types) {
		const addressColumns = new Set(getCsvType(type ?? "")?.columns.filter(isAddressColumn).map((column) => normalizeColumnName(column.name)));
		const text = addressColumns.size ? decodedText(file, legacyEncoding) : null;
		for (const { values } of text === null ? [] : columnValues(text, addressColumns)) {
			for (const value of values) {
				const domain = value.slice(value.lastIndexOf("@") + 1).trim().toLowerCase();
				if (value.includes("@") && !domain.startsWith("*") && isDomain.test(domain)) domains.add(domain);
			}
		}
	}
	const sorted = [...domains].sort();
	return { onPremises: sorted.filter((domain) => !domainMatches(domain, TENANT_DOMAINS)), cloud: sorted.filter((domain) => domainMatches(domain, TENANT_DOMAINS)) };
}
