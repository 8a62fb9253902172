/**
 * An HTTPS proxy standing in for github.com, so that the documented
 * `npm install --global https://github.com/<owner>/<repo>/releases/download/...`
 * runs verbatim without the release being published: requests to github.com
 * are answered with the files given (the release assets, by URL path) under a
 * certificate made for the run; every other host, such as the npm registry, is
 * tunnelled through untouched. Used by the install tests
 * (test/helpers/release-stand-in.ts) and tools/measure-hook-install.mjs.
 *
 * startGithubStandIn() starts it in a child process (callers block on npm and
 * git with spawnSync). As a script: node github-stand-in.mjs <cert.pem> <key.pem> <assets.json>
 * prints the proxy's port on its first line, then serves until killed.
 */
import { spawn, spawnSync } from "node:child_process";
import { createReadStream, existsSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";
import { rootCertificates } from "node:tls";
import { fileURLToPath } from "node:url";

function serve(cert, key, assetsFile) {
	const assets = JSON.parse(readFileSync(assetsFile, "utf8"));
	const github = https.createServer({ cert: readFileSync(cert), key: readFileSync(key) }, (request, response) => {
		const file = assets[new URL(request.url, "https://github.com").pathname];
		if (!file) {
			response.writeHead(404).end("Not Found");
			return;
		}
		response.writeHead(200, { "content-type": "application/octet-stream" });
		createReadStream(file).pipe(response);
	});

	const proxy = http.createServer((_request, response) => response.writeHead(405).end("CONNECT only"));
	proxy.on("connect", (request, client, head) => {
		const [host, port] = request.url.split(":");
		client.on("error", () => client.destroy());
		if (host === "github.com") {
			client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
			client.unshift(head);
			github.emit("connection", client);
			return;
		}
		const upstream = net.connect(Number(port), host, () => {
			client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
			upstream.write(head);
			upstream.pipe(client);
			client.pipe(upstream);
		});
		upstream.on("error", () => client.destroy());
	});
	proxy.listen(0, "127.0.0.1", () => console.log(proxy.address().port));
}

/**
 * Serves `assets` ({ "https://github.com/...": file }) from a proxy whose certificate and files are written in
 * `directory`. Returns the environment variables that send npm and Node.js through it, and `stop`.
 */
export async function startGithubStandIn(directory, assets) {
	const certificate = path.join(directory, "github.pem");
	const key = path.join(directory, "github-key.pem");
	const openssl = spawnSync(
		"openssl",
		[
			"req",
			"-x509",
			"-newkey",
			"rsa:2048",
			"-nodes",
			"-days",
			"1",
			"-subj",
			"/CN=github.com",
			"-addext",
			"subjectAltName=DNS:github.com",
			"-keyout",
			key,
			"-out",
			certificate,
		],
		{ encoding: "utf8" },
	);
	if (openssl.status !== 0) {
		throw new Error(`openssl could not make the stand-in's certificate:\n${openssl.stderr}`);
	}
	const assetsFile = path.join(directory, "assets.json");
	writeFileSync(assetsFile, JSON.stringify(Object.fromEntries(Object.entries(assets).map(([url, file]) => [new URL(url).pathname, file]))));
	const proxy = spawn(process.execPath, [fileURLToPath(import.meta.url), certificate, key, assetsFile], { stdio: ["ignore", "pipe", "inherit"] });
	const port = (await createInterface({ input: proxy.stdout })[Symbol.asyncIterator]().next()).value;
	const proxyUrl = `http://127.0.0.1:${port}`;
	// npm trusts only its cafile when one is set: the stand-in's certificate joins the authorities Node.js and the machine trust.
	const authorities = path.join(directory, "authorities.pem");
	const machine = process.env.NODE_EXTRA_CA_CERTS && existsSync(process.env.NODE_EXTRA_CA_CERTS) ? [readFileSync(process.env.NODE_EXTRA_CA_CERTS, "utf8")] : [];
	writeFileSync(authorities, [...rootCertificates, ...machine, readFileSync(certificate, "utf8")].join("\n"));
	return {
		env: { HTTPS_PROXY: proxyUrl, https_proxy: proxyUrl, NO_PROXY: "", no_proxy: "", NODE_EXTRA_CA_CERTS: authorities, npm_config_cafile: authorities },
		stop: () => proxy.kill(),
	};
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	serve(...process.argv.slice(2));
}
