/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import { inspect } from 'node:util';

import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INodeParameters,
	INodePropertyOptions,
	INodeTypeDescription,
} from 'n8n-workflow';

import { poll, runNode, type NodeRunResult } from '../support/engine';
import { runPicker } from '../support/pickers';
import { forgetRateBudgets } from '../support/sandbox';
import { startHostile, type HostileServer } from './hostile';
import { EVERY_OPERATION, type OperationCase } from './operations';
import { descriptionOf, NODES, operationsOf, type NodeName } from './support';

/*
 * The hardening tables as runnable cases, shared by the files that run a guarantee over every
 * operation (every-operation, hostile-answers, base-url, creates, encoded-secrets): every operation
 * of the three nodes (operations.ts, checked against the built descriptions), each trigger with all
 * its events, each picker, each credential type, and runners that take the credential to use.
 */

export interface Case extends OperationCase {
	node: NodeName;
	resource: string;
	operation: string;
	name: string;
}

export const CASES: Case[] = NODES.flatMap((node) =>
	Object.entries(EVERY_OPERATION[node]).map(([key, c]) => {
		const [resource, operation] = key.split('.');
		return { ...c, node, resource, operation, name: `${node} › ${resource} › ${operation}` };
	}),
);

/** `[name, case]` rows for it.each. */
export const rows = (cases: Case[]) => cases.map((c) => [c.name, c] as const);

export const TRIGGERS: Record<NodeName, string> = {
	fulfillbot: 'fulfillbotTrigger',
	s2: 's2Trigger',
	shopline: 'shoplineTrigger',
};

export const CREDENTIAL_TYPE: Record<NodeName, string> = {
	fulfillbot: 'fulfillbotApi',
	s2: 's2Api',
	shopline: 'shoplineApi',
};

/** The routing of an operation in the built description. */
export function routingOf(c: Pick<Case, 'node' | 'resource' | 'operation'>) {
	const options = (descriptionOf(c.node).properties.find(
		(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(c.resource),
	)?.options ?? []) as INodePropertyOptions[];
	return options.find((o) => o.value === c.operation)?.routing;
}

/**
 * The paced create (sendOnce) and the two Idempotency Key wrappers around it (nodes/shared/create/idempotency.ts:
 * a look-up by the key, or the workflow's ledger, before the same paced create).
 */
export const SENT_ONCE = ['createPaced', 'createUnlessFound', 'createUnlessRecorded'];

/** `node › resource › operation` of every operation whose routing sends at most once (the money-moving creates), from the built descriptions. */
export function pacedCreates(): string[] {
	return NODES.flatMap((node) =>
		operationsOf(node)
			.filter((o) => {
				const pagination = routingOf({ node, ...o })?.operations?.pagination;
				return typeof pagination === 'function' && SENT_ONCE.includes(pagination.name);
			})
			.map((o) => `${node} › ${o.resource} › ${o.operation}`),
	);
}

/** The list operations a paginator walks (Return All / Limit), from the built description. */
export const PAGED_CASES = CASES.filter(
	(c) => routingOf(c)?.send?.paginate === true && !c.moneyMoving && 'limit' in c.parameters,
);

/**
 * One page of a list in the node's envelope, as its API sends it: Fulfillbot `{data: {items, total}}`,
 * S2 `{items, total}`, SHOPLINE every list key at once with the next page in a `link` header.
 */
export function listPage(
	node: NodeName,
	base: string,
	records: IDataObject[],
	total?: number,
	next?: string,
): { status: number; headers: Record<string, string>; body: string } {
	const headers: Record<string, string> = { 'content-type': 'application/json' };
	if (node === 'fulfillbot')
		return {
			status: 200,
			headers,
			body: JSON.stringify({ data: { items: records, total, page: 1, limit: 100 } }),
		};
	if (node === 's2')
		return { status: 200, headers, body: JSON.stringify({ items: records, total }) };
	if (next)
		headers.link = `<${base}/admin/openapi/v20260301/x.json?page_info=${next}&limit=100>; rel="next"`;
	return {
		status: 200,
		headers,
		body: JSON.stringify({
			orders: records,
			fulfillment_orders: records,
			fulfillments: records,
			products: records,
			variants: records,
			inventory_levels: records,
		}),
	};
}

/** Every event of a trigger, from its description. */
export function triggerEvents(node: NodeName): string[] {
	const description = descriptionOf(TRIGGERS[node] as NodeName) as INodeTypeDescription;
	const events = description.properties.find((p) => p.name === 'events');
	return ((events?.options ?? []) as INodePropertyOptions[]).map((o) => String(o.value));
}

/**
 * For files against a hostile API (no sandbox fixture): fresh, unpaced rate budgets before each test, as
 * the sandbox fixture gives its files. The hostile API enforces no limit; paced, the Fulfillbot key's
 * 60 a minute would hold every 61st run for most of a minute.
 */
export const freshBudgets = () => forgetRateBudgets({ fulfillbot: null, shopline: null });

/**
 * The hostile API of a test file: started before its tests, closed after them; before each test the
 * rate budgets are cleared and its record of requests emptied. Reads before `beforeAll` ran throw.
 */
export function hostileForFile(): HostileServer {
	let server: HostileServer | undefined;
	const live = (): HostileServer => {
		if (!server) throw new Error('The hostile API starts in beforeAll');
		return server;
	};
	beforeAll(async () => {
		server = await startHostile();
	});
	afterAll(async () => server?.close());
	beforeEach(async () => {
		await freshBudgets();
		live().seen = [];
	});
	return {
		get url() {
			return live().url;
		},
		get port() {
			return live().port;
		},
		get seen() {
			return live().seen;
		},
		set seen(value) {
			live().seen = value;
		},
		get answer() {
			return live().answer;
		},
		set answer(value) {
			live().answer = value;
		},
		close: async () => live().close(),
	};
}

type NodeCredentials = Record<string, ICredentialDataDecryptedObject>;

/** One run of an operation with its table parameters (plus overrides) and the given credential. */
export function runCase(
	c: Case,
	credentials: NodeCredentials,
	options: {
		parameters?: IDataObject;
		items?: IDataObject[];
		continueOnFail?: boolean;
		retryOnFail?: boolean;
	} = {},
): Promise<NodeRunResult> {
	return runNode({
		type: c.node,
		parameters: {
			resource: c.resource,
			operation: c.operation,
			...c.parameters,
			...options.parameters,
			requestOptions: { timeout: 5000 },
		},
		credentials,
		items: options.items,
		continueOnFail: options.continueOnFail,
		retryOnFail: options.retryOnFail,
	});
}

/** A first poll of the node's trigger with every event on. */
export const pollWith = (node: NodeName, credentials: NodeCredentials) =>
	poll({ type: TRIGGERS[node], parameters: { events: triggerEvents(node) }, credentials });

/** The SHOPLINE Webhook Trigger with this SHOPLINE credential plus an App Secret (its subscriptions are requests too). */
export const shoplineWebhookWith = (shoplineApi: ICredentialDataDecryptedObject) => ({
	type: 'shoplineWebhookTrigger',
	parameters: { topics: ['orders/paid'] },
	credentials: { shoplineApi: { ...shoplineApi, appSecret: 'hostile-app-secret-5d2e' } },
});

/** Current parameters a picker needs to ask anything (e.g. the order whose line items it lists). */
const PICKER_PARAMETERS: Record<string, IDataObject> = {
	'shopline.getOrderLineItems': {
		resource: 'fulfillment',
		operation: 'create',
		orderId: '21057401932826316666967002',
	},
	'fulfillbot.getRecipientShippingChannels': {
		resource: 'shippingOrder',
		operation: 'create',
		recipientCountry: 'US',
	},
};

/** One picker of the node with the given credential (the node's own credential type). */
export const pickWith = (node: NodeName, method: string, credentials: NodeCredentials) =>
	runPicker({
		node,
		method,
		credentialType: CREDENTIAL_TYPE[node],
		credentials: credentials[CREDENTIAL_TYPE[node]],
		parameters: (PICKER_PARAMETERS[`${node}.${method}`] ?? {}) as INodeParameters,
	});

/** Everything an error or an item carries, as text: message, description, body kept, context, cause. */
export function everything(value: unknown): string {
	const error = value as
		| {
				message?: unknown;
				description?: unknown;
				context?: unknown;
				errorResponse?: unknown;
				cause?: unknown;
		  }
		| undefined;
	const parts = [inspect(value, { depth: 10 })];
	try {
		parts.push(JSON.stringify(value) ?? '');
	} catch {
		// circular: inspect above has it
	}
	if (error && typeof error === 'object')
		parts.push(
			String(error.message),
			String(error.description),
			inspect(error.context, { depth: 10 }),
			inspect(error.errorResponse, { depth: 10 }),
		);
	return parts.join('\n');
}
