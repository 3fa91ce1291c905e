/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import { LoadOptionsContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	INodeListSearchResult,
	INodeParameters,
	INodePropertyOptions,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { ICredentialsHelper, Workflow } from 'n8n-workflow';

import { loadPackage, PACKAGE_NAME } from './engine';

type Authenticate = (
	c: ICredentialDataDecryptedObject,
	r: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

class Credentials extends ICredentialsHelper {
	constructor(
		private readonly data: ICredentialDataDecryptedObject,
		private readonly authenticateFn: Authenticate,
	) {
		super();
	}
	getParentTypes(): string[] {
		return [];
	}
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		_type: string,
		request: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return await this.authenticateFn(credentials, request);
	}
	async preAuthentication(): Promise<undefined> {
		return undefined;
	}
	async getCredentials(): Promise<never> {
		throw new Error('not used');
	}
	async getDecrypted(): Promise<ICredentialDataDecryptedObject> {
		return this.data;
	}
	async updateCredentials(): Promise<void> {}
	async updateCredentialsOauthTokenData(): Promise<void> {}
	getCredentialsProperties() {
		return [];
	}
}

/** The loadOptions methods of a package node, from its built type. */
export async function pickersOf(nodeName: string): Promise<string[]> {
	const { nodeTypes } = await loadPackage();
	const type = nodeTypes.getByNameAndVersion(`${PACKAGE_NAME}.${nodeName}`, 1);
	// Dropdowns (loadOptions) and resource-locator lists (listSearch): every list the editor asks for.
	return [
		...Object.keys(type.methods?.loadOptions ?? {}),
		...Object.keys(type.methods?.listSearch ?? {}),
	];
}

/** One picker call as the editor makes it: the node, its credential and the parameters currently set. */
export interface PickerOptions {
	node: string;
	method: string;
	credentialType: string;
	credentials: ICredentialDataDecryptedObject;
	parameters?: INodeParameters;
	/** The parameter the editor asks for (n8n-core resolves `&`-relative parameter paths from it). */
	path?: string;
}

/**
 * n8n-core's own LoadOptionsContext, the context the editor uses, for one node of the package with the
 * credential's `authenticate` applied to each request.
 */
async function pickerContext(options: Omit<PickerOptions, 'method'>) {
	const { nodeTypes, credentialTypes } = await loadPackage();
	const type = nodeTypes.getByNameAndVersion(`${PACKAGE_NAME}.${options.node}`, 1);
	const node: INode = {
		id: options.node,
		name: options.node,
		type: `${PACKAGE_NAME}.${options.node}`,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters ?? {},
		credentials: { [options.credentialType]: { id: 'cred', name: options.credentialType } },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const authenticate = credentialTypes[options.credentialType].authenticate as Authenticate;
	const additionalData = {
		credentialsHelper: new Credentials(options.credentials, authenticate),
		currentNodeParameters: node.parameters,
	} as unknown as IWorkflowExecuteAdditionalData;
	const context = new LoadOptionsContext(
		workflow,
		node,
		additionalData,
		options.path ?? 'parameters',
	);
	return { type, context };
}

/**
 * Runs one dropdown picker (methods.loadOptions) in n8n-core's LoadOptionsContext; for a resource
 * locator's list (methods.listSearch), its first page without a filter, as options.
 */
export async function runPicker(options: PickerOptions): Promise<INodePropertyOptions[]> {
	const { type, context } = await pickerContext(options);
	const loader = type.methods?.loadOptions?.[options.method] as
		| ((this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>)
		| undefined;
	if (loader) return await loader.call(context);
	const { results } = await runListSearch(options);
	return results.map(({ name, value }) => ({ name, value }));
}

/** One page of a resource locator's list (methods.listSearch), with what the user typed and the page token. */
export async function runListSearch(
	options: PickerOptions & { filter?: string; paginationToken?: string },
): Promise<INodeListSearchResult> {
	const { type, context } = await pickerContext(options);
	const search = type.methods?.listSearch?.[options.method];
	if (!search) throw new Error(`${options.node} has no picker ${options.method}`);
	return await search.call(context, options.filter, options.paginationToken);
}
