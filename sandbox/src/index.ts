/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { AddressInfo } from 'node:net';
import { bigAccountsState } from './bigAccounts';
import { SandboxContext } from './context';
import type { RateLimitConfig } from './core/rateLimit';
import { buildServer } from './server';

export interface SandboxOptions {
	/** 0 = ephemeral (the default). */
	port?: number;
	/** Default 127.0.0.1 (loopback only). */
	host?: string;
	/** Load state from this JSON file if it exists; save it after each change and at close. */
	stateFile?: string;
	/** With `stateFile`: load it but never write it back (the volume bench: a per-write save of a large state would dominate). */
	readOnlyStateFile?: boolean;
	/** Defaults to the documented limits; null/0 for a key disables it. */
	rateLimits?: RateLimitConfig;
	/** 'big': the big-account seeds (bigAccounts.ts) instead of the small seed; a reset returns to them. */
	seed?: 'default' | 'big';
}

export interface RunningSandbox {
	/** http://127.0.0.1:PORT, no trailing slash. */
	url: string;
	port: number;
	close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
	const ctx = new SandboxContext({
		stateFile: options.stateFile,
		readOnlyStateFile: options.readOnlyStateFile,
		rateLimits: options.rateLimits,
		seed: options.seed === 'big' ? bigAccountsState : undefined,
	});
	const app = await buildServer(ctx);
	const host = options.host ?? '127.0.0.1';
	await app.listen({ port: options.port ?? 0, host });
	const { port } = app.server.address() as AddressInfo;
	// A wildcard bind is still reached through loopback.
	const urlHost =
		host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
	let closing: Promise<void> | undefined;
	return {
		url: `http://${urlHost}:${port}`,
		port,
		close: () =>
			(closing ??= (async () => {
				await app.close();
				ctx.persist();
			})()),
	};
}

export * from './seed';
export { BIG_ACCOUNTS, bigAccountsState, type BigAccountSizes } from './bigAccounts';
export type { JournalEntry } from './core/journal';
export type { RateLimitConfig, ResolvedRateLimits } from './core/rateLimit';
export type { FaultSpec } from './core/faults';
export type { Moved } from './core/statusMachines';
export type { SandboxState } from './state';
export {
	FULFILLBOT_SCOPES,
	FULFILLBOT_ENDPOINTS,
	type FulfillbotScope,
} from './apis/fulfillbot/scopes';
export { FULFILLBOT_PREFIX } from './apis/fulfillbot';
export { S2_PREFIX } from './apis/s2';
export { CONTROL_PREFIX } from './control';
