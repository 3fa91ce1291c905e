import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { authenticatedRequest } from '../../shared/transport/authenticatedRequest';
import { pathSegment } from '../../shared/input/pathId';
import { describeShoplineError, SHOPLINE_CREDENTIAL } from '../helpers/errors';
import { baseUrl } from '../helpers/baseUrl';

/*
 * Subscription management, as SHOPLINE's official Go SDK (shoplineos/shopline-sdk-go,
 * rest/admin/v20260301/webhook/) and its API reference build it:
 *   list          GET    webhooks.json                 → {"webhooks": [...]}
 *   subscribe     POST   webhooks.json  {"webhook": {address, topic, api_version}} → {"webhook": {id, ...}}
 *   unsubscribe   DELETE {id}/webhooks.json
 * The single-resource path is `{id}/webhooks.json` (not Shopify's `webhooks/{id}.json`): the SDK's get,
 * update and unsubscribe files all build it so, and SHOPLINE's "Unsubscribe from a Webhook" page shows
 * `DELETE .../admin/openapi/{version}/:id/webhooks.json`. We follow that.
 */

const LOOPBACK = /^(127(?:\.\d{1,3}){3}|localhost|\[::1\])$/;
/** SDK (docs/api-notes.md#shopline-webhooks): "Only v20240601 and later versions are supported" for api_version. */
const FIRST_WEBHOOK_VERSION = 'v20240601';
const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };

interface Subscription {
	id: string;
	topic: string;
	address: string;
}

function topicsOf(context: IHookFunctions): string[] {
	const topics = context.getNodeParameter('topics', []) as string[];
	if (!topics.length) throw new NodeOperationError(context.getNode(), 'Choose at least one topic');
	return topics;
}

/**
 * SHOPLINE sends webhooks only to https addresses (≤ 255 characters). The one exception is the
 * sandbox: with the credential's Base URL Override set, an http address on a loopback host is allowed.
 */
export function checkAddress(
	context: IHookFunctions,
	address: string,
	credentials: IDataObject,
): void {
	let url: URL | undefined;
	try {
		url = new URL(address);
	} catch {
		url = undefined;
	}
	const override = String(credentials.baseUrlOverride ?? '').trim() !== '';
	const allowed =
		url &&
		(url.protocol === 'https:' ||
			(override && url.protocol === 'http:' && LOOPBACK.test(url.hostname)));
	if (!allowed) {
		throw new NodeOperationError(
			context.getNode(),
			`SHOPLINE only delivers webhooks to https addresses, and n8n's webhook URL is ${address}`,
			{
				description:
					'Set WEBHOOK_URL (or N8N_PROTOCOL/N8N_HOST) so n8n is reached over https from the internet, then activate again.',
			},
		);
	}
	if (address.length > 255) {
		throw new NodeOperationError(
			context.getNode(),
			`n8n's webhook URL is ${address.length} characters; SHOPLINE accepts at most 255`,
		);
	}
}

function checkSetup(context: IHookFunctions, credentials: IDataObject): string {
	if (!String(credentials.appSecret ?? '')) {
		throw new NodeOperationError(context.getNode(), 'The SHOPLINE credential has no App Secret', {
			description:
				'Without it no webhook can be verified. Copy the app secret of your private app (Apps → Develop apps → the app) into the credential.',
		});
	}
	const version = String(credentials.apiVersion ?? '');
	if (!/^v\d{8}$/.test(version) || version < FIRST_WEBHOOK_VERSION) {
		throw new NodeOperationError(
			context.getNode(),
			`SHOPLINE webhooks need API version ${FIRST_WEBHOOK_VERSION} or later; the credential has "${version}"`,
		);
	}
	return version;
}

async function listSubscriptions(
	context: IHookFunctions,
	credentials: IDataObject,
): Promise<Subscription[]> {
	const response = await authenticatedRequest(context, {
		credential: SHOPLINE_CREDENTIAL,
		method: 'GET',
		baseURL: baseUrl(credentials),
		url: '/webhooks.json',
		headers: JSON_HEADERS,
		describe: describeShoplineError,
	});
	const list = (response.body as IDataObject)?.webhooks;
	if (!Array.isArray(list)) return [];
	return (list as IDataObject[]).map((w) => ({
		id: String(w.id ?? ''),
		topic: String(w.topic ?? ''),
		address: String(w.address ?? ''),
	}));
}

function saved(context: IHookFunctions): IDataObject {
	const data = context.getWorkflowStaticData('node');
	if (!data.subscriptions || typeof data.subscriptions !== 'object') data.subscriptions = {};
	return data.subscriptions as IDataObject;
}

/**
 * What activation works from: the set-up checked before any request (credential, App Secret, version,
 * https address), then the store's subscriptions of this URL and the ids remembered so far.
 */
async function setUp(context: IHookFunctions) {
	const credentials = await context.getCredentials('shoplineApi');
	const address = context.getNodeWebhookUrl('default') as string;
	const version = checkSetup(context, credentials);
	checkAddress(context, address, credentials);
	const topics = topicsOf(context);
	const existing = (await listSubscriptions(context, credentials)).filter(
		(w) => w.address === address,
	);
	return { credentials, address, version, topics, existing, ids: saved(context) };
}

/**
 * True when every chosen topic already has a subscription to this URL; their ids are remembered. n8n calls
 * this first at activation, so the set-up is checked here, before any request (and again in `subscribe`).
 */
export async function subscriptionsExist(this: IHookFunctions): Promise<boolean> {
	const { topics, existing, ids } = await setUp(this);
	for (const topic of topics) {
		const found = existing.find((w) => w.topic === topic);
		if (!found) return false;
		ids[topic] = found.id;
	}
	return true;
}

/** Subscribes each chosen topic not yet subscribed; ids are saved as they come, so a failure half-way still unsubscribes them. */
export async function subscribe(this: IHookFunctions): Promise<boolean> {
	const { credentials, address, version, topics, existing, ids } = await setUp(this);
	for (const topic of topics) {
		const found = existing.find((w) => w.topic === topic);
		if (found) {
			ids[topic] = found.id;
			continue;
		}
		const response = await authenticatedRequest(this, {
			credential: SHOPLINE_CREDENTIAL,
			method: 'POST',
			baseURL: baseUrl(credentials),
			url: '/webhooks.json',
			headers: JSON_HEADERS,
			body: { webhook: { address, topic, api_version: version } },
			describe: describeShoplineError,
		});
		const id = ((response.body as IDataObject)?.webhook as IDataObject | undefined)?.id;
		if (id === undefined || id === null)
			throw new NodeOperationError(
				this.getNode(),
				`SHOPLINE did not return the id of the ${topic} subscription`,
			);
		ids[topic] = String(id);
	}
	return true;
}

/**
 * Unsubscribes every remembered id, and any other subscription of this URL the store lists (n8n does not
 * always keep the static data of a test webhook until it is removed). Already gone (404) counts as done;
 * other failures keep the id for the next try.
 */
export async function unsubscribe(this: IHookFunctions): Promise<boolean> {
	const credentials = await this.getCredentials('shoplineApi');
	const ids = saved(this);
	const address = this.getNodeWebhookUrl('default') as string;
	try {
		for (const w of await listSubscriptions(this, credentials)) {
			if (w.address === address && !Object.values(ids).includes(w.id))
				ids[`${w.topic} ${w.id}`] = w.id;
		}
	} catch {
		// The saved ids are still removed below; a store that cannot be listed will not take DELETEs either.
	}
	let allGone = true;
	for (const [topic, id] of Object.entries(ids)) {
		// Ids come from SHOPLINE's answers; only digits may go into the path.
		if (!/^\d+$/.test(String(id))) {
			delete ids[topic];
			continue;
		}
		try {
			await authenticatedRequest(this, {
				credential: SHOPLINE_CREDENTIAL,
				method: 'DELETE',
				baseURL: baseUrl(credentials),
				url: `/${pathSegment(this.getNode(), id, 'SHOPLINE webhook id')}/webhooks.json`,
				headers: JSON_HEADERS,
				describe: describeShoplineError,
			});
			delete ids[topic];
		} catch (error) {
			if ((error as { httpCode?: string }).httpCode === '404') delete ids[topic];
			else allGone = false;
		}
	}
	return allGone;
}
