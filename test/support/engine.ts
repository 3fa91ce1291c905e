/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * Runs this package's nodes in-process through n8n-core's real engine (WorkflowExecute for
 * workflows, PollContext + TriggersAndPollers for polls), loaded from package.json's `n8n` section
 * by n8n-core's own PackageDirectoryLoader — the same loader n8n uses for community packages.
 * Requests leave the engine over real HTTP (to the sandbox on loopback).
 */
import { Container } from '@n8n/di';
import {
	ExecuteContext,
	ExecutionLifecycleHooks,
	PackageDirectoryLoader,
	PollContext,
	RoutingNode,
	WorkflowExecute,
} from 'n8n-core';
// Not re-exported from n8n-core's index; the engine resolves it from the DI container the same way.
import { TriggersAndPollers } from 'n8n-core/dist/execution-engine/triggers-and-pollers';
import type {
	ExecutionError,
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import {
	createDeferredPromise,
	createEmptyRunExecutionData,
	ICredentialsHelper,
	NodeHelpers,
	Workflow,
} from 'n8n-workflow';
import path from 'node:path';

import { scanForSecrets } from './secretScan';

export const PACKAGE_ROOT = path.resolve(__dirname, '../..');
export const PACKAGE_NAME = 'n8n-nodes-fulfillment';

/** A start node for test workflows: emits the items given in its `items` parameter. */
class TestStart implements INodeType {
	description = {
		displayName: 'Start',
		name: 'start',
		group: ['input'],
		version: 1,
		description: 'Test-only start node',
		defaults: { name: 'Start' },
		inputs: [],
		outputs: ['main'],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[{}]' }],
	} as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const raw = this.getNodeParameter('items', 0) as string | IDataObject[];
		const items = (typeof raw === 'string' ? JSON.parse(raw) : raw) as IDataObject[];
		return [items.map((json) => ({ json }))];
	}
}
const TEST_START = 'test.start';
const testNodeTypes: Record<string, INodeType> = { [TEST_START]: new TestStart() };

/** Adds a test-only node type (e.g. a probe trigger) to the registry, under `test.<name>`. */
export function registerTestNodeType(name: string, type: INodeType): string {
	testNodeTypes[`test.${name}`] = type;
	return `test.${name}`;
}

interface Registry {
	nodeTypes: INodeTypes;
	credentialTypes: Record<string, ICredentialType>;
	loader: PackageDirectoryLoader;
}

let registry: Promise<Registry> | undefined;

/** Loads dist/ through n8n-core's PackageDirectoryLoader (build first: jest globalSetup does). */
export function loadPackage(): Promise<Registry> {
	registry ??= (async () => {
		const loader = new PackageDirectoryLoader(PACKAGE_ROOT);
		await loader.loadAll();
		const types: Record<string, INodeType | IVersionedNodeType> = {};
		for (const [name, { type }] of Object.entries(loader.nodeTypes)) {
			types[`${PACKAGE_NAME}.${name}`] = type;
		}
		const credentialTypes: Record<string, ICredentialType> = {};
		for (const [name, { type }] of Object.entries(loader.credentialTypes))
			credentialTypes[name] = type;
		const nodeTypes: INodeTypes = {
			getByName: (type) => must(types[type] ?? testNodeTypes[type], `node type ${type}`),
			getByNameAndVersion: (type, version) =>
				NodeHelpers.getVersionedNodeType(
					must(types[type] ?? testNodeTypes[type], `node type ${type}`),
					version,
				),
			getKnownTypes: () => ({}),
		};
		return { nodeTypes, credentialTypes, loader };
	})();
	return registry;
}

function must<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Error(`Unknown ${what}`);
	return value;
}

/**
 * Applies a credential type's `authenticate` the way n8n's CLI CredentialsHelper does: functions
 * are called, `generic` header/qs/body/auth entries are resolved as expressions against
 * `$credentials`.
 */
class TestCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly types: Record<string, ICredentialType>,
		private readonly data: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		incoming: IHttpRequestOptions,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = must(this.types[typeName], `credential type ${typeName}`);
		if (typeof authenticate === 'function') return await authenticate(credentials, incoming);
		const requestOptions = incoming as unknown as Record<string, Record<string, unknown>>;
		if (authenticate?.type === 'generic') {
			requestOptions.headers ??= {};
			for (const [outerKey, entries] of Object.entries(authenticate.properties)) {
				for (const [key, value] of Object.entries(entries as Record<string, string>)) {
					const resolve = (v: string) =>
						String(
							workflow.expression.getSimpleParameterValue(
								node,
								v,
								'internal',
								{ $credentials: credentials },
								undefined,
								'',
							) ?? '',
						);
					requestOptions[outerKey] ??= {};
					requestOptions[outerKey][resolve(key)] = resolve(value);
				}
			}
		}
		return incoming;
	}

	async preAuthentication(): Promise<undefined> {
		return undefined;
	}

	async getCredentials(): Promise<never> {
		throw new Error('not used by these tests');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		return must(this.data[type], `credentials for ${type} (pass them to runNode)`);
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string) {
		return must(this.types[type], `credential type ${type}`).properties;
	}
}

export function additionalData(
	registryData: Registry,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	hooks: ExecutionLifecycleHooks,
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: new TestCredentialsHelper(registryData.credentialTypes, credentials),
		hooks,
		executeWorkflow: async () => {
			throw new Error('sub-workflows are not used in these tests');
		},
		currentNodeParameters: undefined,
		executionTimeoutTimestamp: undefined,
		restApiUrl: 'http://127.0.0.1:1/rest',
		instanceBaseUrl: 'http://127.0.0.1:1/',
		formWaitingBaseUrl: 'http://127.0.0.1:1/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1:1/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:1/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:1/webhook-test',
		variables: {},
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('task runners are not used in these tests');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
}

export interface NodeRunOptions {
	/** Node type without package prefix, e.g. 'fulfillbot'. */
	type: string;
	parameters: INode['parameters'];
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Input items for the node (default: one empty item). */
	items?: IDataObject[];
	continueOnFail?: boolean;
	/** The node setting "Retry On Fail". */
	retryOnFail?: boolean;
	typeVersion?: number;
	/** The workflow's static data at the start (JSON round-tripped, as n8n stores it). */
	staticData?: IDataObject;
	/** The execution mode (default manual), e.g. 'retry' or 'webhook'. */
	mode?: WorkflowExecuteMode;
}

export interface NodeRunResult {
	/** Items of the node's first output (empty when it failed). */
	items: INodeExecutionData[];
	/** The node's error when the execution failed. */
	error?: ExecutionError;
	run: IRun;
	/** The workflow's static data after the run, JSON round-tripped. */
	staticData: IDataObject;
}

const NODE_NAME = 'Node under test';

/** Runs Start → node through WorkflowExecute in manual mode, as the editor's "Test step" would. */
export async function runNode(options: NodeRunOptions): Promise<NodeRunResult> {
	const reg = await loadPackage();
	const credentialsDetails: INode['credentials'] = {};
	for (const type of Object.keys(options.credentials ?? {}))
		credentialsDetails[type] = { id: `cred-${type}`, name: type };
	const nodes: INode[] = [
		{
			id: 'start',
			name: 'Start',
			type: TEST_START,
			typeVersion: 1,
			position: [0, 0],
			parameters: { items: JSON.stringify(options.items ?? [{}]) },
		},
		{
			id: 'under-test',
			name: NODE_NAME,
			type: `${PACKAGE_NAME}.${options.type}`,
			typeVersion: options.typeVersion ?? 1,
			position: [200, 0],
			parameters: options.parameters,
			credentials: credentialsDetails,
			...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
			...(options.retryOnFail ? { retryOnFail: true, maxTries: 2, waitBetweenTries: 0 } : {}),
		},
	];
	const workflow = new Workflow({
		id: 'test-workflow',
		nodes,
		connections: { Start: { main: [[{ node: NODE_NAME, type: 'main', index: 0 }]] } },
		active: false,
		nodeTypes: reg.nodeTypes,
		staticData: JSON.parse(JSON.stringify(options.staticData ?? {})) as IDataObject,
	});
	const run = await execute(
		workflow,
		reg,
		options.credentials ?? {},
		options.mode ?? 'manual',
		'Start',
	);
	const taskData = run.data.resultData.runData[NODE_NAME]?.[0];
	const result = {
		items: taskData?.data?.main?.[0] ?? [],
		error: taskData?.error ?? run.data.resultData.error,
		run,
		staticData: JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject,
	};
	scanForSecrets('nodeRuns', result.items, result.error);
	return result;
}

async function execute(
	workflow: Workflow,
	reg: Registry,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	mode: WorkflowExecuteMode,
	startNodeName: string,
): Promise<IRun> {
	const hooks = new ExecutionLifecycleHooks(mode, 'test-execution', {
		id: workflow.id,
		name: 'test',
		active: false,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes: Object.values(workflow.nodes),
		connections: workflow.connectionsBySourceNode,
		activeVersionId: null,
	} as never);
	const finished = createDeferredPromise<IRun>();
	hooks.addHandler('workflowExecuteAfter', (fullRunData) => finished.resolve(fullRunData));
	const runExecutionData = {
		startData: {},
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [
				{
					node: must(workflow.getNode(startNodeName) ?? undefined, `node ${startNodeName}`),
					data: { main: [[{ json: {} }]] },
					source: null,
				},
			],
		},
	} as unknown as IRunExecutionData;
	const workflowExecute = new WorkflowExecute(
		additionalData(reg, credentials, hooks),
		mode,
		runExecutionData,
	);
	await workflowExecute.processRunExecutionData(workflow);
	return await finished.promise;
}

export interface PollOptions {
	/** Package node name ('fulfillbotTrigger') or a full test type ('test.probe'). */
	type: string;
	parameters: INode['parameters'];
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Static data as persisted after the previous poll (undefined = first activation). */
	staticData?: IDataObject;
	/** 'trigger' = an active workflow's poll; 'manual' = the editor's "Fetch Test Event". */
	mode?: 'trigger' | 'manual';
	/** The time budget n8n >= 2.36 gives a poll on its durable path (PollContext.getPollBudgetMs). */
	pollBudgetMs?: number;
}

export interface PollResult {
	/** Emitted items, or null when the poll emitted nothing. */
	items: INodeExecutionData[] | null;
	/** Static data after the poll, JSON round-tripped as n8n persists it — feed it to the next poll. */
	staticData: IDataObject;
}

/**
 * One poll of a polling trigger, the way n8n's ActiveWorkflows runs it (PollContext +
 * TriggersAndPollers.runPoll), with the node's static data carried between calls. A fresh
 * Workflow per call, so passing the previous result's staticData simulates a restart.
 */
export async function poll(options: PollOptions): Promise<PollResult> {
	const [result] = await pollTogether(options, 1);
	return result;
}

/**
 * `count` polls of one trigger started at once on ONE Workflow (one static data object), as n8n's
 * cron does when a poll outlasts the interval (it does not wait for the running one). Each result's
 * staticData is the shared static data after all of them ended.
 */
export async function pollTogether(options: PollOptions, count: number): Promise<PollResult[]> {
	const reg = await loadPackage();
	const node: INode = {
		// One id per node type, so that polls of different triggers may run side by side (the pack
		// allows one running poll per workflow + node id).
		id: `trigger-${options.type}`,
		name: 'Trigger under test',
		type: options.type.includes('.') ? options.type : `${PACKAGE_NAME}.${options.type}`,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters,
		credentials: Object.fromEntries(
			Object.keys(options.credentials ?? {}).map((t) => [t, { id: `cred-${t}`, name: t }]),
		),
	};
	const staticData = JSON.parse(JSON.stringify(options.staticData ?? {})) as IDataObject;
	const mode = options.mode ?? 'trigger';
	const workflow = new Workflow({
		id: 'test-workflow',
		nodes: [node],
		connections: {},
		active: mode === 'trigger',
		nodeTypes: reg.nodeTypes,
		staticData,
	});
	const one = async () => {
		const hooks = new ExecutionLifecycleHooks(mode, 'test-poll', {} as never);
		const data = additionalData(reg, options.credentials ?? {}, hooks);
		const context = new PollContext(
			workflow,
			node,
			data,
			mode,
			options.staticData ? 'init' : 'activate',
		);
		// n8n-core 2.8 has no poll budget; n8n >= 2.36's PollContext has this method.
		if (options.pollBudgetMs !== undefined)
			Object.assign(context, { getPollBudgetMs: () => options.pollBudgetMs });
		let result: Awaited<ReturnType<TriggersAndPollers['runPoll']>>;
		try {
			result = await Container.get(TriggersAndPollers).runPoll(workflow, node, context);
		} catch (error) {
			scanForSecrets('polls', null, error);
			throw error;
		}
		const items = result ? result[0] : null;
		scanForSecrets('polls', items, null);
		return items;
	};
	const all = await Promise.all(Array.from({ length: count }, one));
	const after = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
	return all.map((items) => ({ items, staticData: after }));
}

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
}

/**
 * The editor's "Test" button for a credential, as n8n's CredentialsTester does it: the credential
 * type's `test.request` runs as the routing of a throw-away declarative node through n8n-core's
 * RoutingNode, with the credential's `authenticate` applied, then `rules` decide the verdict.
 */
export async function testCredential(
	type: string,
	data: ICredentialDataDecryptedObject,
): Promise<CredentialTestResult> {
	const reg = await loadPackage();
	const credentialType = must(reg.credentialTypes[type], `credential type ${type}`);
	const testRequest = must(credentialType.test, `test request of ${type}`);
	const tempType: INodeType = {
		description: {
			displayName: 'Temp',
			name: 'credentialTest',
			group: ['transform'],
			version: 1,
			description: '',
			defaults: {},
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: type, required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: testRequest.request },
					default: '',
				},
			],
		} as unknown as INodeType['description'],
	};
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'test.credentialTest',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [type]: { id: 'cred', name: type } },
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: {
			getByName: () => tempType,
			getByNameAndVersion: () => tempType,
			getKnownTypes: () => ({}),
		},
	});
	const hooks = new ExecutionLifecycleHooks('internal', 'credential-test', {} as never);
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData(reg, { [type]: data }, hooks),
		'internal',
		createEmptyRunExecutionData(),
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);
	const credentialsDecrypted = { id: 'cred', name: type, type, data };
	let response: INodeExecutionData[][] | null | undefined;
	try {
		response = await new RoutingNode(context, tempType, credentialsDecrypted).runNode();
	} catch (error) {
		const status: number | undefined = error?.cause?.response?.status;
		if (status !== undefined) {
			for (const rule of testRequest.rules ?? []) {
				if (rule.type === 'responseCode' && rule.properties.value === status) {
					return { status: 'Error', message: rule.properties.message };
				}
			}
			return {
				status: 'Error',
				message: error.cause.response.statusText || `Received HTTP status code: ${status}`,
			};
		}
		if (error?.cause?.code) return { status: 'Error', message: String(error.cause.code) };
		return { status: 'Error', message: String(error?.message) };
	}
	for (const rule of testRequest.rules ?? []) {
		if (rule.type === 'responseSuccessBody') {
			const body = response?.[0]?.[0]?.json as IDataObject | undefined;
			if (body && body[rule.properties.key] === rule.properties.value)
				return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
}
