/**
 * An HTTPS proxy standing in for github.com, so that a test runs the documented
 * `npm install --global https://github.com/<owner>/<repo>/releases/download/...`
 * verbatim: requests to github.com are answered with the files given (the
 * release assets, by URL path) under a certificate the test trusts
 * (NODE_EXTRA_CA_CERTS); every other host, such as the npm registry, is
 * tunnelled through untouched.
 *
 * Usage: node github-stand-in.mjs <cert.pem> <key.pem> <assets.json>  (assets: {"/path": "file"})
 * Prints the proxy's port on its first line, then serves until killed.
 */
import { createReadStream, readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";

const [cert, key, assetsFile] = process.argv.slice(2);
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
