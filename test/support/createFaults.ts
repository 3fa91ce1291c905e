import { loadPackage, type NodeRunResult } from './engine';
import type { FaultSpec, SandboxApi, SandboxFixture } from './sandbox';

/** Arms a fault on the POST that creates a record (the request that must never be sent twice). */
export function faultPost(
	sandbox: SandboxFixture,
	api: SandboxApi,
	path: string,
	fault: Omit<FaultSpec, 'api' | 'method' | 'path'>,
): Promise<void> {
	return sandbox.fault({ api, method: 'POST', path, ...fault });
}

/** The POSTs of one API the sandbox received. */
export async function postsTo(sandbox: SandboxFixture, api: SandboxApi) {
	return (await sandbox.journal(api)).filter((e) => e.method === 'POST');
}

/** A create the API answered with an error status: no item, a NodeApiError with that HTTP code and message. */
export function expectCreateFailed(
	{ items, error }: Pick<NodeRunResult, 'items' | 'error'>,
	status: number,
	message: RegExp,
): void {
	expect(items).toEqual([]);
	expect(error?.name).toBe('NodeApiError');
	expect((error as { httpCode?: string }).httpCode).toBe(String(status));
	expect(error?.message).toMatch(message);
}

/** The journal holds exactly the one POST that got no answer (nothing re-sent after the timeout). */
export async function expectOneHungPost(
	sandbox: SandboxFixture,
	api: SandboxApi,
	path: string,
): Promise<void> {
	const journal = await sandbox.journal(api);
	expect(journal).toHaveLength(1);
	expect(journal[0]).toMatchObject({ method: 'POST', path, status: null, fault: 'hang' });
}

/** The input items of a continueOnFail create whose first POST fails: two, so one fails and one goes through. */
export const TWO_ITEMS = { continueOnFail: true, items: [{ n: 1 }, { n: 2 }] };

/** continueOnFail over TWO_ITEMS: the node did not stop, and each output item is paired with its input. */
export function expectPairedWithInputs({
	items,
	error,
}: Pick<NodeRunResult, 'items' | 'error'>): void {
	expect(error).toBeUndefined();
	expect(items).toHaveLength(2);
	expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
}

/** From the built package: a node's description, the Create option of `resource` and that resource's notice. */
export async function createOperationHelp(node: string, resource: string) {
	const { nodeTypes } = await loadPackage();
	const description = nodeTypes.getByNameAndVersion(`n8n-nodes-fulfillment.${node}`, 1).description;
	const operation = description.properties.find(
		(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === resource,
	);
	const create = (operation?.options as Array<{ value: string; description?: string }>).find(
		(o) => o.value === 'create',
	);
	const notice = description.properties.find(
		(p) => p.type === 'notice' && p.displayOptions?.show?.resource?.[0] === resource,
	);
	return { description, create, notice };
}
