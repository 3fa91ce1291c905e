/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * Every node run and trigger poll of the whole engine suite passes through here (test/support/engine.ts):
 * its output items and its error are scanned for the sandbox's secrets (API keys and tokens). A hit fails
 * that test at once. Counts are added to test/hardening/.counts/suite-scan-<pid>.json after each test file,
 * so the bench can report how much of the suite was scanned (bench/run.ts, section 6).
 */
import fs from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';

import { FULFILLBOT_KEYS, FULFILLBOT_WEBHOOK_SECRETS, S2, SHOPLINE } from '../../sandbox/src';
import { HOSTILE_SECRETS } from '../hardening/hostile';

/** Every secret seeded in the sandbox (sandbox/src/seed.ts): API keys, tokens and webhook signing secrets. */
export const SECRETS: string[] = [
	...Object.values(FULFILLBOT_KEYS),
	S2.token,
	S2.tokenBetaOnly,
	SHOPLINE.token,
	SHOPLINE.otherToken,
	SHOPLINE.busyToken,
	SHOPLINE.frozenToken,
	SHOPLINE.lockedToken,
	SHOPLINE.appSecret,
	SHOPLINE.otherAppSecret,
	...Object.values(FULFILLBOT_WEBHOOK_SECRETS),
	// The hardening suite's misbehaving API (test/hardening/hostile.ts) echoes these back in every error.
	...Object.values(HOSTILE_SECRETS),
];

const counts = { nodeRuns: 0, polls: 0, items: 0, errors: 0, hits: 0 };

function text(value: unknown): string {
	try {
		return `${JSON.stringify(value) ?? ''}\n${inspect(value, { depth: 8 })}`;
	} catch {
		return inspect(value, { depth: 8 });
	}
}

/** Throws when `what` (items, an error) shows a secret. */
export function scanForSecrets(
	kind: 'nodeRuns' | 'polls',
	items: unknown[] | null,
	error: unknown,
): void {
	counts[kind] += 1;
	counts.items += items?.length ?? 0;
	const parts = [text(items)];
	if (error) {
		counts.errors += 1;
		const e = error as { message?: unknown; description?: unknown };
		parts.push(text({ message: e.message, description: e.description, ...(error as object) }));
	}
	const all = parts.join('\n');
	const found = SECRETS.filter((secret) => all.includes(secret));
	if (found.length) {
		counts.hits += found.length;
		throw new Error(
			`secret scan: ${found.length} secret(s) in a ${kind === 'polls' ? 'poll' : 'node run'}'s ${error ? 'output or error' : 'output'}`,
		);
	}
}

/** Adds this test file's counts to the worker's totals (jest gives each test file fresh modules). */
export function flushSecretScanCounts(): void {
	if (!counts.nodeRuns && !counts.polls) return;
	const dir = path.join(__dirname, '..', 'hardening', '.counts');
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(path.join(dir, '.gitignore'), '*\n');
	const file = path.join(dir, `suite-scan-${process.pid}.json`);
	const totals = fs.existsSync(file)
		? (JSON.parse(fs.readFileSync(file, 'utf8')) as typeof counts)
		: { nodeRuns: 0, polls: 0, items: 0, errors: 0, hits: 0 };
	for (const key of Object.keys(counts) as Array<keyof typeof counts>) totals[key] += counts[key];
	fs.writeFileSync(file, `${JSON.stringify(totals)}\n`);
}
