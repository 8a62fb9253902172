import rule from "../../src/rules/csv-imap-admin-format.js";
import { createRuleTester } from "../rule-tester.js";

const server = (name: string) => ({ miglint: { migration: { imap: { server: name } } } });
const HEADER = "EmailAddress,UserName,Password\n";

createRuleTester().run("csv-imap-admin-format", rule, {
	valid: [
		// The documentation's own examples, each with its server.
		{ code: `${HEADER}terrya@contoso.edu,contoso-students/mailadmin/terry.adams,P@ssw0rd\n`, settings: server("exchange") },
		{ code: `${HEADER}terrya@contoso.edu,terry.adams*mailadmin,P@ssw0rd\n`, settings: server("dovecot") },
		{ code: `${HEADER}terrya@contoso.edu,#terry.adams@contoso-students.edu#mailadmin#,P@ssw0rd\n`, settings: server("mirapoint") },
		// Users' own sign-ins, plain or domain\user, use no administrator format.
		{ code: `${HEADER}terrya@contoso.edu,terry.adams,1091990\nannb@contoso.edu,contoso\\ann.beebe,2111991\n`, settings: server("mirapoint") },
		// Without the server in the configuration, no format is wrong.
		`${HEADER}terrya@contoso.edu,terry.adams*mailadmin,P@ssw0rd\nannb@contoso.edu,contoso/mailadmin/ann.beebe,P@ssw0rd\n`,
		// Another server: one format throughout is its own business.
		{ code: `${HEADER}terrya@contoso.edu,terry.adams*mailadmin,P@ssw0rd\nannb@contoso.edu,ann.beebe*mailadmin,P@ssw0rd\n`, settings: server("other") },
		// Not an IMAP batch.
		{ code: "EmailAddress,Password\nterrya@contoso.edu,terry.adams*mailadmin\n", settings: server("exchange") },
	],
	invalid: [
		{
			code: `${HEADER}terrya@contoso.edu,terry.adams*mailadmin,P@ssw0rd\nannb@contoso.edu,#ann.beebe@contoso-students.edu#mailadmin#,P@ssw0rd\npaulc@contoso.edu,paul.cannon,3281986\n`,
			settings: server("exchange"),
			errors: [
				{
					messageId: "otherServerFormat",
					data: { found: "Dovecot", server: "Microsoft Exchange", expected: "Domain/Admin_UserName/User_UserName" },
					line: 2,
					column: 20,
					endLine: 2,
					endColumn: 41,
				},
				{
					messageId: "otherServerFormat",
					data: { found: "Mirapoint", server: "Microsoft Exchange", expected: "Domain/Admin_UserName/User_UserName" },
					line: 3,
					column: 18,
					endLine: 3,
					endColumn: 60,
				},
			],
		},
		{
			code: `UserName,EmailAddress,Password\n"contoso/mailadmin/terry.adams",terrya@contoso.edu,P@ssw0rd\n`,
			settings: server("dovecot"),
			errors: [
				{
					messageId: "otherServerFormat",
					data: { found: "Microsoft Exchange", server: "Dovecot", expected: "User_UserName*Admin_UserName" },
					line: 2,
					column: 1,
					endLine: 2,
					endColumn: 32,
				},
			],
		},
		{
			code: `${HEADER}terrya@contoso.edu,contoso/mailadmin/terry.adams,P@ssw0rd\nannb@contoso.edu,ann.beebe,P@ssw0rd\npaulc@contoso.edu,paul.cannon*mailadmin,P@ssw0rd\n`,
			settings: server("other"),
			errors: [
				{ messageId: "mixedFormats", data: { found: "Dovecot", first: "Microsoft Exchange", firstRow: "2" }, line: 4, column: 19, endLine: 4, endColumn: 40 },
			],
		},
	],
});
