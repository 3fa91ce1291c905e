/* eslint-disable @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * Shared by the webhook e2e tests: the sandbox's control API, the two webhook trigger workflows and their
 * credentials, and waiting for n8n to serve a published webhook.
 */
import type { RunningSandbox } from '../../../sandbox/src';
import { fulfillbotCredentialData, shoplineHookCredentialData } from './credentialData';
import { PACKAGE_NAME, type CredentialInput, type WorkflowInput } from './n8n';

/** One attempt as the sandbox logs it (GET /__sandbox/webhooks). */
export interface Attempt {
	id: string;
	name: string;
	url: string;
	attempt: number;
	variant: string;
	status: number | null;
	/** When the attempt started (ISO); it was answered durationMs later. */
	at: string;
	durationMs: number;
}

/** GET (no body) or POST (body) on /__sandbox<path>; the JSON answer, or null for 204. */
export function sandboxControl(sandbox: RunningSandbox) {
	return async <T = unknown>(path: string, body?: object): Promise<T> => {
		const res = await fetch(`${sandbox.url}/__sandbox${path}`, {
			method: body ? 'POST' : 'GET',
			headers: { 'Content-Type': 'application/json' },
			body: body ? JSON.stringify(body) : undefined,
		});
		return (res.status === 204 ? null : await res.json()) as T;
	};
}

/** Polls `what` every 250 ms until it is truthy; throws after `ms`. */
export async function until<T>(
	what: () => Promise<T | undefined | false>,
	ms = 30_000,
): Promise<T> {
	const end = Date.now() + ms;
	for (;;) {
		const value = await what();
		if (value) return value;
		if (Date.now() > end) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 250));
	}
}

/** Long enough for a wrongly started run to be recorded. */
export const settle = () => new Promise((r) => setTimeout(r, 3_000));

/** A workflow of one webhook trigger node named `name`. */
export const webhookWorkflow = (
	id: string,
	name: string,
	type: string,
	hookId: string,
	parameters: object,
	credentials: object,
): WorkflowInput =>
	({
		id,
		name,
		nodes: [
			{
				name,
				type: `${PACKAGE_NAME}.${type}`,
				typeVersion: 1,
				position: [0, 0],
				parameters,
				credentials,
				webhookId: hookId,
			},
		],
		connections: {},
	}) as unknown as WorkflowInput;

export const HOOK_CREDENTIALS = {
	shoplineApi: { id: 'e2eHookShopline1', name: 'Sandbox SHOPLINE' },
	fulfillbotApi: { id: 'e2eHookFulfillb1', name: 'Sandbox Fulfillbot' },
} as const;

/** The webhook triggers' credentials against `sandbox`, with their signing secrets. */
export function hookCredentials(sandbox: RunningSandbox): CredentialInput[] {
	return [
		{
			...HOOK_CREDENTIALS.shoplineApi,
			type: 'shoplineApi',
			data: shoplineHookCredentialData(sandbox.url),
		},
		{
			...HOOK_CREDENTIALS.fulfillbotApi,
			type: 'fulfillbotApi',
			data: fulfillbotCredentialData(sandbox.url),
		},
	];
}

/**
 * Waits until n8n serves each production webhook: n8n activates published workflows after its REST API is up,
 * and a live webhook answers an unsigned POST with the trigger's own 401 instead of n8n's 404.
 */
export async function waitForWebhooks(n8nUrl: string, hookIds: string[]): Promise<void> {
	for (const hookId of hookIds) {
		await until(async () => {
			const res = await fetch(`${n8nUrl}/webhook/${hookId}/webhook`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: '{}',
			});
			return res.status === 401;
		}, 120_000);
	}
}
