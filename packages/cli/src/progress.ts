import { randomBytes } from "node:crypto";
import { BroadcastChannel } from "node:worker_threads";
import { formatCount } from "@miglint/core";
import type { LanguageParts } from "./language-parts.js";

/**
 * The parts with languages that post on the channel for each file they parse:
 * ESLint has no progress events, and with --concurrency the files are parsed
 * in worker threads, which a BroadcastChannel reaches.
 */
export function countingParses(parts: LanguageParts, channelName: string): LanguageParts {
	const channel = new BroadcastChannel(channelName);
	channel.unref();
	const counted = Object.entries(parts).map(([name, part]) => {
		const { language } = part;
		const parse: typeof language.parse = function (this: typeof language, ...args) {
			channel.postMessage(null);
			return language.parse.apply(this, args);
		};
		return [name, { ...part, language: Object.create(language, { parse: { value: parse } }) as typeof language }];
	});
	return Object.fromEntries(counted) as LanguageParts;
}

const CLEAR_LINE = "\r\u001b[2K";
const REDRAW_MS = 100;

export interface Progress {
	channel: string;
	stop(): void;
}

/** A line on the terminal, overwritten in place, counting the files parsed; stop() clears it. */
export function showProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
	const name = `miglint-progress-${randomBytes(8).toString("hex")}`;
	const channel = new BroadcastChannel(name);
	let done = 0;
	let drawn = 0;
	const draw = () => {
		drawn = Date.now();
		const line = `miglint: ${formatCount(Math.min(done, total))} of ${formatCount(total)} files linted`;
		stream.write(`${CLEAR_LINE}${line.slice(0, Math.max((stream.columns || 80) - 1, 0))}`);
	};
	channel.onmessage = () => {
		done++;
		if (Date.now() - drawn >= REDRAW_MS) draw();
	};
	draw();
	return {
		channel: name,
		stop() {
			channel.close();
			stream.write(CLEAR_LINE);
		},
	};
}
