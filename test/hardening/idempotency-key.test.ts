import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { FULFILLBOT_KEYS, S2, SHOPLINE } from '../../sandbox/src';
import { runNode } from '../support/engine';
import { useSandbox } from '../support/sandbox';
import { EVERY_OPERATION } from './operations';
import { pacedCreates } from './table';
import {
	API_OF,
	BLANK,
	credentialsFor,
	descriptionOf,
	isShown,
	NODES,
	operationsOf,
	recordCounts,
	type NodeName,
} from './support';

/*
 * The Idempotency Key over every money-moving create, found in the built descriptions: every create the
 * table marks money-moving has the field (a create added later without it fails here), and every
 * operation with the field is a money-moving create. Bad keys are refused naming the field before any
 * request (not even a look-up); a key holding a credential value is refused without echoing it; a
 * good key reaches the API, and nothing of the credential shows up in items, errors or the journal.
 */

const sandbox = useSandbox();
jest.setTimeout(30_000);

interface Case {
	node: NodeName;
	resource: string;
	operation: string;
	name: string;
	parameters: IDataObject;
}

const withField = (node: NodeName, resource: string, operation: string) => {
	const description = descriptionOf(node);
	return description.properties.some(
		(p) => p.name === 'idempotencyKey' && isShown(p, { resource, operation }, description),
	);
};

const CASES: Case[] = NODES.flatMap((node) =>
	Object.entries(EVERY_OPERATION[node])
		.filter(([, c]) => c.moneyMoving)
		.map(([key, c]) => {
			const [resource, operation] = key.split('.');
			const parameters: IDataObject = { ...c.parameters };
			// S2 finds an order by its channel order ID only: its key is that ID.
			if (node === 's2' && resource === 'order') parameters.channelOrderId = 'KEY-CHECK-1';
			return {
				node,
				resource,
				operation,
				name: `${node} › ${resource} › ${operation}`,
				parameters,
			};
		}),
);

const SECRET_OF: Record<NodeName, string> = {
	fulfillbot: FULFILLBOT_KEYS.all,
	s2: S2.token,
	shopline: SHOPLINE.token,
};

const BAD: Array<[string, unknown]> = [
	['blank by expression', BLANK],
	['only spaces by expression', '={{ "   " }}'],
	['101 characters', 'k'.repeat(101)],
	['a line break', 'order-1\norder-2'],
	['a tab', 'order\t1'],
	['a non-ASCII letter', 'bestellung-ü'],
	['an emoji', 'order-🙂'],
	['an object by expression', '={{ { "id": 1 } }}'],
];

const counts = { creates: CASES.length, badKeys: 0 };
afterAll(() => recordCounts('idempotency-key', counts));

type RunMore = Pick<Parameters<typeof runNode>[0], 'items' | 'staticData'>;

function run(c: Case, key: unknown, extra: IDataObject = {}, more: RunMore = {}) {
	return runNode({
		...more,
		type: c.node,
		parameters: {
			resource: c.resource,
			operation: c.operation,
			...c.parameters,
			idempotencyKey: key,
			...extra,
		} as INodeParameters,
		credentials: credentialsFor(sandbox, c.node),
		mode: 'webhook',
	});
}

describe('hardening › Idempotency Key on every money-moving create', () => {
	it.each(NODES)(
		'%s: the money-moving creates are exactly the operations with the field',
		(node) => {
			const marked = CASES.filter((c) => c.node === node).map(
				(c) => `${c.resource}.${c.operation}`,
			);
			const found = operationsOf(node)
				.filter((o) => withField(node, o.resource, o.operation))
				.map((o) => `${o.resource}.${o.operation}`);
			expect(found.sort()).toEqual(marked.sort());
		},
	);

	it('covers every money-moving create: the operations whose routing sends at most once, some in each node', () => {
		// Derived from the built descriptions (the paced create and its wrappers), not a list to edit: a
		// create that lost its field, or an operations.ts row that lost `moneyMoving`, fails here.
		expect(CASES.map((c) => c.name).sort()).toEqual(pacedCreates().sort());
		for (const node of NODES) expect(CASES.some((c) => c.node === node)).toBe(true);
	});

	describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		it.each(BAD)('a key with %s: refused naming the field, nothing sent', async (_what, key) => {
			counts.badKeys += 1;
			const { items, error } = await run(c, key);
			expect(items).toEqual([]);
			expect(error?.message).toMatch(/^Idempotency Key: /);
			expect(await sandbox.journal(API_OF[c.node])).toEqual([]);
		});

		it('a key holding the credential’s secret: refused without echoing it, nothing sent', async () => {
			// Read from the input item by an expression, as a key is (the node's parameters keep only the expression).
			const secret = SECRET_OF[c.node];
			const key = '={{ $json.source }}';
			const extra = c.node === 's2' && c.resource === 'order' ? { channelOrderId: key } : {};
			const { error } = await run(c, key, extra, { items: [{ source: `order-${secret}` }] });
			expect(error?.message).toBe('Idempotency Key: contains a value of the credential');
			expect(JSON.stringify(error)).not.toContain(secret);
			expect(await sandbox.journal(API_OF[c.node])).toEqual([]);
		});

		it('a good key (100 printable characters, trimmed) reaches the API; a repeat sends no second create', async () => {
			const key = ` ${'K-#/:?'.repeat(16)}abcd `;
			expect(key.trim()).toHaveLength(100);
			const extra = c.node === 's2' && c.resource === 'order' ? { channelOrderId: key.trim() } : {};
			const first = await run(c, key, extra);
			expect(first.error).toBeUndefined();
			const posts = async () =>
				(await sandbox.journal(API_OF[c.node])).filter((e) => e.method === 'POST').length;
			expect(await posts()).toBeGreaterThan(0);
			const sent = await posts();
			const again = await run(c, key, extra, { staticData: first.staticData });
			expect(again.items[0]?.json.alreadyExists).toBe(true);
			// S2 fulfillments: the repeat is sent and refused by S2 (409); every other create sends none.
			expect(await posts()).toBe(c.node === 's2' && c.resource === 'fulfillment' ? sent + 1 : sent);
			const journal = JSON.stringify(await sandbox.journal(API_OF[c.node]));
			expect(journal).not.toContain(SECRET_OF[c.node]);
		});
	});
});
