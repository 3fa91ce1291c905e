/* eslint-disable @n8n/community-nodes/no-restricted-imports, @typescript-eslint/no-require-imports -- dev-only code (loads the built CommonJS classes by path, as n8n does), never packed (package.json files: ["dist"]) */
/**
 * Webhook triggers through n8n-core's own contexts, as n8n's CLI drives them (WebhookService):
 * `hookMethod()` runs checkExists/create/delete in a HookContext, `deliver()` runs the node's
 * `webhook()` in a WebhookContext with a request (headers, raw body) and records the answer.
 * Static data is JSON round-tripped between calls, as n8n saves it.
 */
import { ExecutionLifecycleHooks, HookContext, WebhookContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	IWebhookData,
	IWebhookResponseData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import * as path from 'node:path';

import { additionalData, loadPackage, PACKAGE_NAME, PACKAGE_ROOT } from './engine';
import { scanForSecrets } from './secretScan';

export interface WebhookNodeOptions {
	/** Package node name, e.g. 'shoplineWebhookTrigger'. */
	type: string;
	parameters: INode['parameters'];
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/** The node's static data (getWorkflowStaticData('node')) as saved after the previous call. */
	staticData?: IDataObject;
	/** n8n's webhook base URL (WEBHOOK_URL + 'webhook'); default http://127.0.0.1:1/webhook. */
	webhookBaseUrl?: string;
}

export const WEBHOOK_ID = '0b8f3c1e-2d4a-4f6b-8c9d-000000000017';

const NODE_NAME = 'Webhook trigger under test';

async function setup(
	options: WebhookNodeOptions,
	mode: 'trigger' | 'webhook',
	/** The workflow's whole static data as loaded for this call (default: options.staticData as the node's). */
	loaded?: IDataObject,
) {
	const reg = await loadPackage();
	const node: INode = {
		id: 'hook-node',
		name: NODE_NAME,
		type: `${PACKAGE_NAME}.${options.type}`,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters,
		webhookId: WEBHOOK_ID,
		credentials: Object.fromEntries(
			Object.keys(options.credentials).map((t) => [t, { id: `cred-${t}`, name: t }]),
		),
	};
	const workflow = new Workflow({
		id: 'test-workflow',
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes: reg.nodeTypes,
		staticData: loaded ?? {
			[`node:${node.name}`]: JSON.parse(JSON.stringify(options.staticData ?? {})) as IDataObject,
		},
	});
	const nodeType = reg.nodeTypes.getByNameAndVersion(node.type, 1) as INodeType;
	const data = additionalData(
		reg,
		options.credentials,
		new ExecutionLifecycleHooks(mode, 'test-webhook', {} as never),
	);
	if (options.webhookBaseUrl) data.webhookBaseUrl = options.webhookBaseUrl;
	const webhookData = {
		webhookDescription: nodeType.description.webhooks![0],
		isTest: false,
		node: node.name,
		workflowId: workflow.id,
	} as unknown as IWebhookData;
	const staticData = () =>
		JSON.parse(JSON.stringify(workflow.staticData[`node:${node.name}`] ?? {})) as IDataObject;
	return { workflow, node, nodeType, data, webhookData, staticData };
}

/** One lifecycle method, as n8n runs it at activation (checkExists, then create) or deactivation (delete). */
export async function hookMethod(
	options: WebhookNodeOptions,
	method: 'checkExists' | 'create' | 'delete',
): Promise<{ result?: boolean; error?: Error; staticData: IDataObject; url: string }> {
	const { workflow, node, nodeType, data, webhookData, staticData } = await setup(
		options,
		'trigger',
	);
	const context = new HookContext(workflow, node, data, 'trigger', 'activate', webhookData);
	const url = String(context.getNodeWebhookUrl('default'));
	try {
		const result = await nodeType.webhookMethods!.default![method]!.call(context);
		return { result, staticData: staticData(), url };
	} catch (error) {
		scanForSecrets('polls', null, error);
		return { error: error as Error, staticData: staticData(), url };
	}
}

export interface Delivery {
	headers: Record<string, string>;
	/** The bytes as sent; the parsed JSON body is derived from them. */
	rawBody: string;
}

export interface DeliveryResult {
	/** The HTTP status n8n answers: the node's own (refusals) or 200. */
	status: number;
	/** What the node answered when it answered itself ({message}), or its webhookResponse. */
	answer: unknown;
	/** Items of the run the delivery starts, or null when it starts none. */
	items: INodeExecutionData[] | null;
	staticData: IDataObject;
}

/** One delivery to the node's webhook(), as n8n's LiveWebhooks hands it over (rawBody set, JSON parsed). */
export async function deliver(
	options: WebhookNodeOptions,
	delivery: Delivery,
): Promise<DeliveryResult> {
	const { status, answer, items, staticData } = await receive(options, delivery);
	return { status, answer, items, staticData: staticData() };
}

async function receive(options: WebhookNodeOptions, delivery: Delivery, loaded?: IDataObject) {
	const { workflow, node, nodeType, data, webhookData, staticData } = await setup(
		options,
		'webhook',
		loaded,
	);
	let status = 200;
	let answer: unknown;
	const response = {
		status(code: number) {
			status = code;
			return response;
		},
		json(body: unknown) {
			answer = body;
			return response;
		},
		send(body: unknown) {
			answer = body;
			return response;
		},
		end() {
			return response;
		},
	};
	let body: unknown = {};
	try {
		body = JSON.parse(delivery.rawBody);
	} catch {
		body = {};
	}
	const headers = Object.fromEntries(
		Object.entries(delivery.headers).map(([k, v]) => [k.toLowerCase(), v]),
	);
	(data as unknown as IDataObject).httpRequest = {
		headers,
		body,
		rawBody: Buffer.from(delivery.rawBody),
		query: {},
		params: {},
		method: 'POST',
	};
	(data as unknown as IDataObject).httpResponse = response;
	const context = new WebhookContext(workflow, node, data, 'webhook', webhookData, [], null);
	const result: IWebhookResponseData = await nodeType.webhook!.call(context);
	const items = result.workflowData ? result.workflowData[0] : null;
	scanForSecrets('polls', items, null);
	if (!result.noWebhookResponse && result.webhookResponse !== undefined)
		answer = result.webhookResponse;
	return { status, answer, items, workflow, staticData };
}

/**
 * The workflow's row in n8n's database, for webhook requests that overlap, as n8n 2.8.4's LiveWebhooks
 * handles them: each request loads its own copy of the whole static data (JSON), runs `webhook()`, and
 * later saves that whole copy if it changed (`__dataChanged`), serialized at the moment of the save; the
 * last save wins. `receive()` runs one request up to its save; the test calls `save()` when it chooses,
 * so saves can come in any order.
 */
export class WorkflowRow {
	staticData = '{}';

	async receive(
		options: WebhookNodeOptions,
		delivery: Delivery,
	): Promise<{
		status: number;
		answer: unknown;
		items: INodeExecutionData[] | null;
		save(): void;
	}> {
		const copy = JSON.parse(this.staticData) as IDataObject;
		const { status, answer, items, workflow } = await receive(options, delivery, copy);
		return {
			status,
			answer,
			items,
			save: () => {
				if (workflow.staticData.__dataChanged !== true) return;
				this.staticData = JSON.stringify(workflow.staticData);
				workflow.staticData.__dataChanged = false;
			},
		};
	}

	/** One request from load to save, as a delivery that overlaps no other. */
	async deliver(options: WebhookNodeOptions, delivery: Delivery) {
		const received = await this.receive(options, delivery);
		received.save();
		return received;
	}

	/** The node's saved static data. */
	node(): IDataObject {
		return ((JSON.parse(this.staticData) as IDataObject)[`node:${NODE_NAME}`] ?? {}) as IDataObject;
	}
}

/**
 * Forgets the redelivery ids the loaded package keeps in this process (as after a restart). The nodes run
 * from dist/, a different module instance from nodes/shared/webhook/recentIds.ts, hence the require of dist.
 */
export function forgetDeliveriesInProcess(): void {
	(
		require(path.join(PACKAGE_ROOT, 'dist', 'nodes', 'shared', 'webhook', 'recentIds.js')) as {
			forgetInProcessDeliveries(): void;
		}
	).forgetInProcessDeliveries();
}
