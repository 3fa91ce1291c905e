import type { INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

import {
	descriptionOf,
	isShown,
	NODES,
	operationOptionsOf,
	resourcesOf,
	type NodeName,
} from './support';

/*
 * A guard over the built descriptions (dist/), generated for every operation of the three nodes, so a
 * new operation cannot leave out what the others rely on:
 * - its `postReceive` chain starts with its integration's error handler (shared/transport/errors.ts's
 *   apiErrorHandler, tagged with the node's credential type): without it a 4xx would become a success item;
 * - an operation whose URL has `{name}` placeholders fills them first (shared/input/pathId.ts's fillPath), from
 *   a parameter the operation shows.
 */

interface Op {
	node: NodeName;
	resource: string;
	option: INodePropertyOptions;
	description: INodeTypeDescription;
}

function operations(): Op[] {
	return NODES.flatMap((node) => {
		const description = descriptionOf(node);
		return operationOptionsOf(node).map(({ resource, option }) => ({
			node,
			resource,
			option,
			description,
		}));
	});
}

const OPERATIONS = operations();
const label = ({ node, resource, option }: Op) => `${node} ${resource}.${String(option.value)}`;

/** Whether a postReceive chain starts with the error handler of this credential type. */
function startsWithErrorHandler(chain: unknown, credentialType: string): boolean {
	if (!Array.isArray(chain) || typeof chain[0] !== 'function') return false;
	return (chain[0] as { errorHandlerFor?: unknown }).errorHandlerFor === credentialType;
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

describe('Routing guard over every operation of the built nodes', () => {
	// No fixed count, so that a new operation needs no edit here: every resource must show up with operations.
	it('covers every resource of the three action nodes', () => {
		for (const node of NODES) {
			for (const resource of resourcesOf(node)) {
				expect({
					node,
					resource,
					found: OPERATIONS.some((op) => op.node === node && op.resource === resource),
				}).toEqual({ node, resource, found: true });
			}
		}
	});

	it.each(OPERATIONS.map((op) => [label(op), op] as const))(
		'%s: postReceive starts with the error handler',
		(_name, op) => {
			const credentialType = op.description.credentials?.[0]?.name ?? '';
			expect(credentialType).not.toBe('');
			expect(startsWithErrorHandler(op.option.routing?.output?.postReceive, credentialType)).toBe(
				true,
			);
		},
	);

	it('the check refuses a chain without the handler first, or with another integration’s handler', () => {
		const fulfillbotCreate = OPERATIONS.find(
			(op) =>
				op.node === 'fulfillbot' && op.resource === 'purchaseOrder' && op.option.value === 'create',
		)!;
		const chain = fulfillbotCreate.option.routing!.output!.postReceive as unknown[];
		expect(startsWithErrorHandler(chain, 'fulfillbotApi')).toBe(true);
		expect(startsWithErrorHandler(chain.slice(1), 'fulfillbotApi')).toBe(false);
		expect(startsWithErrorHandler([...chain].reverse(), 'fulfillbotApi')).toBe(false);
		expect(startsWithErrorHandler(chain, 's2Api')).toBe(false);
	});

	const withPlaceholders = OPERATIONS.filter((op) =>
		String(op.option.routing?.request?.url ?? '').includes('{'),
	);

	it.each(withPlaceholders.map((op) => [label(op), op] as const))(
		'%s: URL placeholders are filled first, from shown parameters',
		(_name, op) => {
			const preSend = op.option.routing?.send?.preSend ?? [];
			expect(typeof preSend[0]).toBe('function');
			expect((preSend[0] as { name: string }).name).toBe('fillPathParameters');
			const url = String(op.option.routing!.request!.url);
			for (const [, name] of url.matchAll(PLACEHOLDER)) {
				const parameters = { resource: op.resource, operation: String(op.option.value) };
				const shown = op.description.properties.filter(
					(p) => p.name === name && isShown(p, parameters, op.description),
				);
				expect({ url, name, shown: shown.length }).toEqual({ url, name, shown: 1 });
			}
		},
	);
});
