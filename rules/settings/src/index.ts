import configAutodiscoverCname from "./rules/config-autodiscover-cname.js";
import configDuplicateKey from "./rules/config-duplicate-key.js";
import configFederationParity from "./rules/config-federation-parity.js";
import configSchema from "./rules/config-schema.js";
import configSharedSipAddressSpace from "./rules/config-shared-sip-address-space.js";
import configSkypeDns from "./rules/config-skype-dns.js";
import configSsoConsistency from "./rules/config-sso-consistency.js";
import configUnknownKey from "./rules/config-unknown-key.js";
import configUntrustedCertificate from "./rules/config-untrusted-certificate.js";

/** The config rules, by id (without the `miglint/` prefix). */
export const rules = {
	"config-autodiscover-cname": configAutodiscoverCname,
	"config-duplicate-key": configDuplicateKey,
	"config-federation-parity": configFederationParity,
	"config-schema": configSchema,
	"config-shared-sip-address-space": configSharedSipAddressSpace,
	"config-skype-dns": configSkypeDns,
	"config-sso-consistency": configSsoConsistency,
	"config-unknown-key": configUnknownKey,
	"config-untrusted-certificate": configUntrustedCertificate,
};
